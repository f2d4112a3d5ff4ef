import { useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { WIZARD_STATES } from '../engine/build-machine.ts';
import { prepareExports } from '../export/export-client.ts';
import { useWizardSession } from './wizard-context.ts';

/**
 * From the review on, a document may be asked for at any moment: the export worker starts
 * then, and is sent the words of the documents' language (again if that language changes),
 * and warms up on the negotiation as it stands, so that the first document takes no longer than the next.
 */
export function useExportsReady(): void {
  const { flow, actor } = useWizardSession();
  const nearDocuments = useSelector(actor, (snapshot) => snapshot.value === WIZARD_STATES.review || snapshot.value === WIZARD_STATES.documents);
  const language = useSelector(actor, (snapshot) => snapshot.context.record.documentLanguage);
  useEffect(() => {
    if (nearDocuments) prepareExports(flow, language, actor.getSnapshot().context.record);
  }, [actor, flow, language, nearDocuments]);
}
