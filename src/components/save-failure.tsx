import { useTranslation } from 'react-i18next';
import { documentFileName } from '../export/export-document.ts';
import { serialiseNegotiation } from '../record/negotiation-file.ts';
import { downloadBlob } from './download.ts';
import type { SaveProblem } from './use-record-sync.ts';
import { useWizardSession } from './wizard-context.ts';

/**
 * A save failed: say why in plain words and offer the way out. The answers are still in this
 * tab, so the negotiation file downloaded from here holds everything typed so far.
 */
export function SaveFailure({ problem }: { readonly problem: SaveProblem }) {
  const { t } = useTranslation('ui');
  const { actor } = useWizardSession();
  const download = () => {
    const record = actor.getSnapshot().context.record;
    const exportedAt = new Date().toISOString();
    downloadBlob(new Blob([serialiseNegotiation(record, exportedAt)], { type: 'application/json' }), documentFileName(record, 'negotiation', exportedAt, 'json'));
  };
  return (
    <div className="save-state save-state--failed" role="alert">
      <p>{t(`save.failed.${problem}`)}</p>
      <button type="button" className="button" onClick={download}>{t('save.downloadNow')}</button>
    </div>
  );
}
