import { useEffect, useId, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { countryNames } from '../i18n/country-names.ts';
import { once } from './once.ts';
import { CountryCombobox } from './country-combobox.tsx';
import { whenIdle } from './when-idle.ts';
import {
  chosenLayers,
  countryChoice,
  ELSEWHERE,
  hasRegionOverlays,
  isBaselineOnly,
  OFFERED_COUNTRIES,
  placeLayer,
  placesOf,
  workersOverlays,
  type RegionValue,
} from './region-choice.ts';

interface RegionPickerProps {
  readonly value: RegionValue;
  readonly onChange: (value: RegionValue) => void;
  readonly error?: string;
  /** The message when a country with regions has none chosen yet. */
  readonly placeError?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  /** The first place's radio button, to take the focus when the place is missing. */
  readonly placeRef?: Ref<HTMLInputElement>;
}

/**
 * Which law applies, in terms a non-lawyer knows: the country first, searchable by its name in
 * the interface language; where the law differs inside the country, the state, province or city
 * (or "elsewhere"); then, in plain words, the laws that the checklist will follow (and, for a
 * member state without its own layer or a country without any, what is not covered); then the
 * groups of workers whose own rules can be added.
 */
export function RegionPicker({ value, onChange, error, placeError, inputRef, placeRef }: RegionPickerProps) {
  const { t, i18n } = useTranslation('ui');
  const language = i18n.resolvedLanguage ?? i18n.language;
  // Naming and sorting ~250 countries waits until the list is first wanted (a key in the box, a
  // country chosen) or the page is idle, not the home page's first render.
  const countries = useMemo(() => once(() => countryNames(OFFERED_COUNTRIES.map((choice) => choice.country), language)), [language]);
  // The forms a search matches are worked out while the page is idle, so that the first keystroke finds them ready.
  useEffect(() => whenIdle(() => countries().forEach((country) => country.searchable)), [countries]);
  const choice = countryChoice(value.country);
  const jurisdiction = choice?.layers[0];
  const layers = choice ? chosenLayers(choice, value) : [];
  const places = choice ? placesOf(choice) : [];
  const nationalMissing = choice !== undefined && jurisdiction !== undefined && choice.layers.length === 1 && places.length === 0 && hasRegionOverlays(jurisdiction);
  const hintPrefix = useId();
  const placeErrorId = useId();
  const countryName = value.country === undefined ? '' : (countries().find((country) => country.code === value.country)?.name ?? '');

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
        onChange={(country) => onChange({ ...value, country, place: country === value.country ? value.place : undefined })}
        {...(error ? { error } : {})}
        {...(inputRef ? { inputRef } : {})}
      />
      {places.length > 0 && (
        <fieldset className="region-picker__places" {...(placeError ? { 'aria-describedby': placeErrorId } : {})}>
          <legend>{t('picker.place', { country: countryName })}</legend>
          {placeError && (
            <p className="field__error" id={placeErrorId}>
              {placeError}
            </p>
          )}
          {[...places, ELSEWHERE].map((place, index) => (
            <label key={place} className="choice choice--block">
              <input
                type="radio"
                name={`${hintPrefix}-place`}
                value={place}
                checked={value.place === place}
                ref={index === 0 ? placeRef : undefined}
                onChange={() => onChange({ ...value, place })}
              />
              <span>{place === ELSEWHERE ? t('picker.elsewhere', { country: countryName }) : t(`regions.${placeLayer(place)}.name`)}</span>
            </label>
          ))}
        </fieldset>
      )}
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
            {isBaselineOnly(choice) && <p className="applies__note">{t('picker.baselineOnly')}</p>}
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
