import { useI18n } from '../../../i18n/language-provider';
import type { MessageKey } from '../../../i18n/messages';
import type { ReportField } from '../../../lib/fields';
import { DataTable } from './data-table';

const FAST_TRACK_LABELS: Record<string, MessageKey> = {
  urban_infrastructure: 'fastTrack.urban_infrastructure',
  emergency: 'fastTrack.emergency',
};

export function FieldsTable({
  fields,
  unitNames,
}: {
  fields: ReportField[];
  unitNames: ReadonlyMap<string, string>;
}) {
  const { t, language } = useI18n();
  const track = (fastTrack: string | null) => {
    const key = fastTrack ? FAST_TRACK_LABELS[fastTrack] : undefined;
    return key ? t(key) : t('admin.fields.normalTrack');
  };
  return (
    <DataTable
      caption={t('admin.fields.title')}
      headers={[
        t('admin.fields.name'),
        t('admin.fields.code'),
        t('admin.fields.defaultAgency'),
        t('admin.fields.fastTrack'),
        t('admin.fields.status'),
      ]}
    >
      {fields.map((field) => (
        <tr key={field.id} className={field.isActive ? undefined : 'table__row--inactive'}>
          <td>
            {language === 'en' && field.nameEn ? (
              <span lang="en">{field.nameEn}</span>
            ) : (
              <span lang="vi">{field.name}</span>
            )}
          </td>
          <td>
            <code>{field.code}</code>
          </td>
          <td lang="vi">
            {(field.defaultAgencyId && unitNames.get(field.defaultAgencyId)) || t('admin.none')}
          </td>
          <td>{track(field.fastTrack)}</td>
          <td>{field.isActive ? t('admin.fields.active') : t('admin.fields.inactive')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
