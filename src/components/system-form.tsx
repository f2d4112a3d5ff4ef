import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SYSTEM_CATEGORIES, type SystemCategory } from '../engine/flow-types.ts';
import type { SystemEntry } from '../engine/negotiation.ts';
import { TextField } from './text-field.tsx';

export type SystemDraft = Omit<SystemEntry, 'id'>;

export const EMPTY_SYSTEM: SystemDraft = { name: '', vendor: '', category: 'monitoring', purpose: '', affected: '' };

interface SystemFieldsProps {
  readonly idPrefix: string;
  readonly value: SystemDraft;
  readonly onChange: (changes: Partial<SystemDraft>) => void;
  readonly nameError?: ReactNode;
}

/** The fields describing one system, shared by the add form and each listed system. */
export function SystemFields({ idPrefix, value, onChange, nameError }: SystemFieldsProps) {
  const { t } = useTranslation('ui');
  const categoryId = `${idPrefix}-category`;
  return (
    <>
      <TextField id={`${idPrefix}-name`} label={t('system.name')} required value={value.name} error={nameError} onChange={(name) => onChange({ name })} />
      <TextField id={`${idPrefix}-vendor`} label={t('system.vendor')} value={value.vendor} onChange={(vendor) => onChange({ vendor })} />
      <div className="field">
        <label htmlFor={categoryId}>{t('system.category')}</label>
        <select id={categoryId} value={value.category} onChange={(event) => onChange({ category: event.target.value as SystemCategory })}>
          {SYSTEM_CATEGORIES.map((category) => (
            <option key={category} value={category}>{t(`categories.${category}`)}</option>
          ))}
        </select>
      </div>
      <TextField id={`${idPrefix}-purpose`} label={t('system.purpose')} hint={t('system.purposeHint')} multiline value={value.purpose} onChange={(purpose) => onChange({ purpose })} />
      <TextField id={`${idPrefix}-affected`} label={t('system.affected')} value={value.affected} onChange={(affected) => onChange({ affected })} />
    </>
  );
}
