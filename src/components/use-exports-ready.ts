import { useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { WIZARD_STATES } from '../engine/build-machine.ts';
import { prepareExports } from '../export/export-client.ts';
import { whenIdle } from './when-idle.ts';
import { useWizardSession } from './wizard-context.ts';

/**
 * A document may be asked for from the review on, and the first one should take no longer than
 * the next. So the export worker starts, is sent the words of the documents' language (again if
 * that language changes) and warms up on the negotiation as it stands as soon as the wizard is
 * idle with a system to warm up on, not when the review opens: a warm-up finished just before
 * the click still left the first brief about half a second slower than the next on a slow
 * machine, while one finished a few seconds earlier left it 50-150 ms slower. At the review it
 * is asked for at once, in case idle time never came.
 */
export function useExportsReady(): void {
  const { flow, actor } = useWizardSession();
  const nearDocuments = useSelector(actor, (snapshot) => snapshot.value === WIZARD_STATES.review || snapshot.value === WIZARD_STATES.documents);
  const hasSystem = useSelector(actor, (snapshot) => snapshot.context.record.systems.length > 0);
  const language = useSelector(actor, (snapshot) => snapshot.context.record.documentLanguage);
  useEffect(() => {
    const prepare = () => prepareExports(flow, language, actor.getSnapshot().context.record);
    if (nearDocuments) prepare();
    else if (hasSystem) return whenIdle(prepare);
    return undefined;
  }, [actor, flow, language, nearDocuments, hasSystem]);
}
