/**
 * How answers saved under the version 1 checklists (one complete checklist per jurisdiction)
 * move onto the core checklist's ids (version 2). Every version 1 question has a place: most
 * keep their id, some are renamed, a few options are renamed, and three questions that asked
 * two things at once are split into two answers.
 */
import type { AnswerMigration } from '../src/engine/migrate-answers.ts';

/** The version of the ids answers are stored under: the core checklist's. */
export const CHECKLIST_VERSION = 2;

/** Version 1 EU: GDPR-specific names become the law-neutral core names. */
const EU_V1: AnswerMigration = {
  renames: {
    'transfers-outside-eu': 'cross-border-transfers',
    'access-rights': 'internal-access',
    'data-sale': 'third-party-use',
    'dpia-done': 'impact-assessment',
    'dpia-shared': 'impact-assessment-shared',
  },
  options: {},
  splits: {
    // "Is there an outside vendor and, if so, a processing contract?" is now two questions.
    'vendor-processor': {
      into: 'vendor-involved',
      choices: { yes: 'yes', no: 'yes', 'no-vendor': 'no' },
      also: { question: 'vendor-contract', choices: { yes: 'yes', no: 'no' } },
    },
  },
};

/** Version 1 South Africa: POPIA's names become the core names; its own options are mapped. */
const ZA_V1: AnswerMigration = {
  renames: {
    'emotion-detection': 'emotion-recognition',
    'special-information': 'special-category-data',
    'inferences-scores': 'inferences-profiles',
    'collection-notice': 'worker-notice',
    'performance-pay-targets': 'work-pace-targets',
    'vendors-operators': 'vendor-involved',
    'model-training-reuse': 'training-reuse',
    'review-and-audit': 'audit-review',
    'security-compromise-notice': 'breach-notice',
  },
  options: {
    'worker-notice': { incomplete: 'partly' },
    'legal-basis': { 'public-law-duty': 'public-task' },
    'human-review': { 'every-decision': 'always', none: 'no' },
    'automated-decision-exception': { 'law-or-code': 'law' },
  },
  splits: {
    // "Where is it stored: in South Africa, abroad, both?" keeps its words where it was and
    // answers the core's "does it leave the country?" question.
    'storage-location': {
      into: 'storage-location',
      choices: {},
      also: { question: 'cross-border-transfers', choices: { 'in-south-africa': 'no', 'outside-south-africa': 'yes', both: 'yes' } },
    },
  },
};

/** By the flow id and version the answers were saved under. */
export const ANSWER_MIGRATIONS: Readonly<Record<string, Readonly<Record<number, AnswerMigration>>>> = {
  eu: { 1: EU_V1 },
  za: { 1: ZA_V1 },
};
