import { useI18n } from '../i18n/language-provider';

/**
 * One button that switches to the other language, named in that language (with its `lang`, so
 * a screen reader pronounces it right): "English" on Vietnamese pages, "Tiếng Việt" on English.
 */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const other = language === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      lang={other}
      className="language-switch"
      onClick={() => setLanguage(other)}
    >
      {t(other === 'vi' ? 'language.vi' : 'language.en')}
    </button>
  );
}
