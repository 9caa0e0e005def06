import { useI18n } from '../../../i18n/language-provider';
import type { OrgUnit } from '../../../lib/org-units';
import { buildOrgTree, kindLabelKey } from '../org-tree';
import type { OrgTreeNode } from '../org-tree';

function UnitNode({ node }: { node: OrgTreeNode }) {
  const { t } = useI18n();
  const { unit } = node;
  const phone = unit.contact?.phone;
  return (
    <li className="org-tree__item">
      <div className={unit.isActive ? 'org-unit' : 'org-unit org-unit--inactive'}>
        <span className="org-unit__name" lang="vi">
          {unit.name}
        </span>
        <span className="org-unit__meta">
          <span className="tag">{t(kindLabelKey(unit.kind))}</span>
          {unit.isActive ? null : (
            <span className="badge badge--muted">{t('admin.orgUnits.inactive')}</span>
          )}
          <span className="muted small">{t('admin.orgUnits.code', { code: unit.code })}</span>
          {phone ? (
            <span className="muted small">{t('admin.orgUnits.phone', { phone })}</span>
          ) : null}
        </span>
      </div>
      {node.children.length > 0 ? (
        <ul className="org-tree__children">
          {node.children.map((child) => (
            <UnitNode key={child.unit.id} node={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The organisation as nested lists: screen readers announce each level and its size. */
export function OrgUnitTree({ units }: { units: OrgUnit[] }) {
  const { t } = useI18n();
  const roots = buildOrgTree(units);
  return (
    <ul className="org-tree" aria-label={t('admin.orgUnits.treeLabel')}>
      {roots.map((node) => (
        <UnitNode key={node.unit.id} node={node} />
      ))}
    </ul>
  );
}
