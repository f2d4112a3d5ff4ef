import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../engine/negotiation.ts';

/** Switches the interface language at any moment; answers and position are untouched. */
export function LanguageSwitcher({ onChange }: { readonly onChange: (language: Language) => void }) {
  const { t, i18n } = useTranslation('ui');
  return (
    <div className="language-switcher">
      <label htmlFor="interface-language">{t('header.language')}</label>
      <select id="interface-language" value={i18n.resolvedLanguage ?? i18n.language} onChange={(event) => onChange(event.target.value as Language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>{t(`languages.${code}`)}</option>
        ))}
      </select>
    </div>
  );
}
