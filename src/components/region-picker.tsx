import { useId, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { countryNames } from '../i18n/country-names.ts';
import { CountryCombobox } from './country-combobox.tsx';
import { chosenLayers, countryChoice, hasRegionOverlays, OFFERED_COUNTRIES, workersOverlays } from './region-choice.ts';

export interface RegionValue {
  /** ISO code of the country chosen, if any. */
  readonly country: string | undefined;
  /** The workers' overlays ticked (platform work); only those of the country's jurisdiction count. */
  readonly workers: ReadonlySet<string>;
}

interface RegionPickerProps {
  readonly value: RegionValue;
  readonly onChange: (value: RegionValue) => void;
  readonly error?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
}

/**
 * Which law applies, in terms a non-lawyer knows: the country first, searchable by its name in
 * the interface language; then, in plain words, the laws that the checklist will follow (and,
 * for a member state without its own layer, that its national law is not covered yet); then
 * the groups of workers whose own rules can be added.
 */
export function RegionPicker({ value, onChange, error, inputRef }: RegionPickerProps) {
  const { t, i18n } = useTranslation('ui');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const countries = useMemo(() => countryNames(OFFERED_COUNTRIES.map((choice) => choice.country), language), [language]);
  const choice = countryChoice(value.country);
  const jurisdiction = choice?.layers[0];
  const layers = choice ? chosenLayers(choice, value.workers) : [];
  const nationalMissing = choice !== undefined && jurisdiction !== undefined && choice.layers.length === 1 && hasRegionOverlays(jurisdiction);
  const hintPrefix = useId();

  const toggle = (id: string, on: boolean) => {
    const workers = new Set(value.workers);
    if (on) workers.add(id);
    else workers.delete(id);
    onChange({ ...value, workers });
  };

  return (
    <fieldset className="region-picker">
      <legend>{t('home.jurisdiction')}</legend>
      <CountryCombobox
        label={t('picker.country')}
        hint={t('picker.countryHint')}
        countries={countries}
        value={value.country}
        onChange={(country) => onChange({ ...value, country })}
        {...(error ? { error } : {})}
        {...(inputRef ? { inputRef } : {})}
      />
      {/* Read out whenever the choice changes: what the negotiation will be held under. */}
      <div className="applies" aria-live="polite">
        {choice && (
          <>
            <p className="applies__title">{t('picker.applies')}</p>
            <ul className="applies__list">
              {layers.map((id) => (
                <li key={id}>{t('picker.layer', { name: t(`regions.${id}.name`), laws: t(`regions.${id}.laws`) })}</li>
              ))}
            </ul>
            {nationalMissing && <p className="applies__note">{t('picker.nationalNotCovered')}</p>}
          </>
        )}
      </div>
      {jurisdiction &&
        workersOverlays(jurisdiction).map((id) => (
          <div key={id} className="region-picker__workers">
            <label className="choice choice--block">
              <input type="checkbox" checked={value.workers.has(id)} aria-describedby={`${hintPrefix}-${id}`} onChange={(event) => toggle(id, event.target.checked)} />
              <span>{t(`regions.${id}.ask`)}</span>
            </label>
            <p className="field__hint region-picker__hint" id={`${hintPrefix}-${id}`}>{t(`regions.${id}.hint`)}</p>
          </div>
        ))}
    </fieldset>
  );
}
