import { useEffect, useId, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { exactCountry, findCountries, type CountryName } from '../i18n/country-names.ts';

interface CountryComboboxProps {
  readonly label: string;
  readonly hint: string;
  readonly error?: string;
  /** Asked for only when the list is wanted: naming every country is work the first render need not do. */
  readonly countries: () => readonly CountryName[];
  /** The chosen country's code, if one is chosen. */
  readonly value: string | undefined;
  readonly onChange: (code: string | undefined) => void;
  readonly inputRef?: Ref<HTMLInputElement>;
}

const NOTHING_OFFERED: readonly CountryName[] = [];

/** How long typing pauses before the number of matches is read out, so it does not talk over each letter. */
const ANNOUNCE_AFTER_MS = 500;

/**
 * A text box that filters a list of countries, after the WAI-ARIA combobox pattern (list
 * autocomplete, no automatic selection): typing filters and opens the list, the arrow keys go
 * through it (the text box keeps the focus, the option is its active descendant), Enter or a
 * click chooses, Escape closes the list and then undoes the typing. A name typed out in full
 * is chosen on leaving the box. The list lies over the page below it, so nothing moves while
 * it opens and filters, and how many countries match is said in words.
 */
export function CountryCombobox({ label, hint, error, countries, value, onChange, inputRef }: CountryComboboxProps) {
  const { t } = useTranslation('ui');
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const optionId = (code: string) => `${id}-option-${code}`;
  /** What the user has typed since the last choice; null shows the chosen country's name. */
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const chosen = value === undefined ? undefined : countries().find((country) => country.code === value);
  const text = typed ?? chosen?.name ?? '';
  /** What the box offers: every country, or those the typing finds. */
  const offered = () => (typed === null ? countries() : findCountries(countries(), typed));
  const results = open ? offered() : NOTHING_OFFERED;
  const activeOption = open ? results[active] : undefined;

  const [announced, setAnnounced] = useState('');
  const count = open ? results.length : undefined;
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(count === undefined ? '' : t('picker.results', { count })), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [count, t]);

  useEffect(() => {
    if (activeOption) document.getElementById(optionId(activeOption.code))?.scrollIntoView?.({ block: 'nearest' });
  });

  const choose = (country: CountryName) => {
    setTyped(null);
    setOpen(false);
    setActive(-1);
    onChange(country.code);
  };

  const show = (at: number) => {
    setOpen(true);
    setActive(at);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const options = offered();
    const last = options.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) setOpen(true);
        else if (!open) show(chosen && typed === null ? options.indexOf(chosen) : Math.min(0, last));
        else setActive(Math.min(active + 1, last));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open || active < 0) show(last);
        else setActive(Math.max(active - 1, 0));
        break;
      case 'Enter': {
        // A choice first; the form is sent only from a closed list.
        const pick = activeOption ?? (open && options.length === 1 ? options[0] : undefined) ?? (typed !== null ? exactCountry(countries(), typed) : undefined);
        if (pick) {
          event.preventDefault();
          choose(pick);
        } else if (open) event.preventDefault();
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (typed !== null) {
          event.preventDefault();
          setTyped(null);
        }
        break;
      default:
    }
  };

  const onBlur = () => {
    setOpen(false);
    setActive(-1);
    if (typed === null) return;
    const exact = exactCountry(countries(), typed);
    if (exact) choose(exact);
  };

  const describedBy = [hintId, error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--error combobox' : 'field combobox'}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <p className="field__hint" id={hintId}>{hint}</p>
      {error && <p className="field__error" id={errorId}>{error}</p>}
      <div className="combobox__control">
        <input
          id={`${id}-input`}
          ref={inputRef}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(activeOption.code) : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={text}
          onChange={(event) => {
            setTyped(event.target.value);
            show(-1);
            if (value !== undefined) onChange(undefined);
          }}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        <button
          type="button"
          className="button button--quiet combobox__toggle"
          tabIndex={-1}
          aria-label={t('picker.showAll')}
          aria-expanded={open}
          aria-controls={listId}
          // The text box keeps the focus, as with the keyboard.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            document.getElementById(`${id}-input`)?.focus();
            if (open) setOpen(false);
            else show(-1);
          }}
        >
          <span aria-hidden="true">▾</span>
        </button>
        <ul className="combobox__list" id={listId} role="listbox" aria-label={label} hidden={!open || results.length === 0}>
          {open &&
            results.map((country, index) => (
              <li
                key={country.code}
                id={optionId(country.code)}
                role="option"
                aria-selected={index === active}
                className={country.code === value ? 'combobox__option combobox__option--chosen' : 'combobox__option'}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(country)}
              >
                {country.name}
              </li>
            ))}
        </ul>
        {/* Said by the status below; shown over the page like the list. */}
        {open && results.length === 0 && <p className="combobox__list combobox__none" aria-hidden="true">{t('picker.results', { count: 0 })}</p>}
      </div>
      <p className="visually-hidden" role="status">{announced}</p>
    </div>
  );
}
