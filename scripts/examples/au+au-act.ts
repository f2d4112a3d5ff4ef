import type { Example, ExampleSystem } from './example.ts';

// ── The ACT: a home-care provider in Canberra ────────────────────────────────────────────────

const actVisitTracking: ExampleSystem = {
  entry: {
    id: 'visittrack-home-care-app',
    name: 'VisitTrack visit verification app',
    vendor: 'Bellbird Care Technology Pty Ltd',
    category: 'location',
    purpose: 'Checks home-care workers in and out of each client visit by GPS, records travel between visits and flags visits that run short or late.',
    affected: 'About 210 home-care workers, most of them part-time, using the app on their own phones.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'GPS location at check-in and check-out and every five minutes during a shift, travel routes and kilometres, visit start and end, and notes typed after each visit.',
    },
    'au-employer-coverage': {
      status: 'answered',
      choice: 'private-large',
      words: 'A not-for-profit provider with turnover of about A$40 million.',
    },
    'au-whose-data': {
      status: 'answered',
      choice: 'current-employees',
      words: 'Only employed care workers; agency staff use paper timesheets.',
      note: 'No Privacy Act rights, then. The ACT notice and consultation duties are the lever.',
    },
    purpose: {
      status: 'answered',
      words: 'Proving visits to the funding body, paying travel, and client safety.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Visit notes mention clients\' health; management accepts they may also record workers\' injuries.',
    },
    'au-new-collection': {
      status: 'answered',
      choice: 'already-held',
      words: 'Injury reports were on paper before; the app only moves them online.',
      note: 'Arguable. The five-minute GPS trail is new collection even if the injury forms are not.',
    },
    'special-category-basis': {
      status: 'partly',
      words: 'Only coordinators see visit notes. No rule keeps workers\' injury notes apart from client notes.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legal-obligation',
      words: '"The funding rules require visit verification."',
      note: 'The funding rules require proof of visits, not a GPS trail every five minutes. Ask for the clause.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'A one-page guide to installing the app.',
    },
    'act-surveillance-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'An email on 2 September, two weeks before go-live, saying GPS "may be used to verify visits".',
      note: 'No purposes of disclosure, nothing on the five-minute tracking, no invitation to consult: section 13 is not met.',
    },
    'off-duty-collection': {
      status: 'partly',
      choice: 'yes',
      words: 'Tracking stops at the last check-out, "unless the worker forgets to check out".',
      note: 'Members report the app tracking them home. Ask for the logs after last check-out.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Late and short visits are raised in supervision and have been used in two disciplinary cases.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'Union meetings are not visits and are not tracked.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'no',
      words: 'Bellbird confirmed in writing that no other tracking is installed.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A monthly "visit compliance rate" per worker.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'The app reads location and visit times only.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'The app refuses travel claims that differ from its route by more than 20%; a payroll officer can override.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A worker can ask payroll to review a refused claim.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'The payroll officer, who can approve the claim as lodged.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'yes',
      words: 'The route is the app\'s fastest road route; claims within 20% of it are paid.',
      note: 'The fastest route ignores parking at Canberra Hospital and school zones. Collect refused claims.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: 'Bellbird has not tested the route model, and the provider has not asked it to.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Visit lengths are set by the care plan; the app flags visits more than five minutes short.',
      note: 'Back-to-back visits with no travel time. HSR to raise fatigue and driving risk.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Travel allowance and paid travel time are calculated from the app.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'Visit schedules and staffing stay as they are.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Bellbird\'s servers in Sydney.',
    },
    'cross-border-transfers': {
      status: 'unknown',
      words: 'Management did not know where Bellbird\'s support staff work.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Care coordinators, payroll and the quality manager.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Bellbird hosts the app.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A software licence with a data-processing schedule.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'yes',
      words: 'Visit records go to the funding body; Bellbird publishes "sector benchmarks".',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Bellbird tells the provider within 48 hours; the privacy officer decides who else is told.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Visit records seven years for funding audits; GPS trails "the same".',
      note: 'The funding audit needs visit times, not the five-minute trail. Push for 90 days on the trail.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'Workers see their own visits in the app but not the GPS trail.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'A coordinator can correct a visit time with a reason.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Kept for the seven-year audit period.',
    },
    'training-reuse': {
      status: 'follow-up',
      words: 'The quality manager will ask Bellbird whether route data trains its models.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: '"The app is a funding requirement; no assessment was done."',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union got the installation guide.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"The app is required by our funding."',
    },
    'act-good-faith-consultation': {
      status: 'answered',
      choice: 'no',
      words: 'Questions raised by two delegates in September got "the app is mandatory" in reply.',
      note: 'That is not consultation in good faith. The Act gives workers a real chance to influence the surveillance.',
    },
    'au-industrial-instrument': {
      status: 'answered',
      choice: 'enterprise-agreement',
      words: 'The provider\'s enterprise agreement, clause 7 (consultation).',
    },
    'au-major-change-consultation': {
      status: 'refused',
      words: '"Clause 7 is not triggered by a compliance requirement."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review planned.',
    },
  },
};

const actRostering: ExampleSystem = {
  entry: {
    id: 'careroster-auto-allocation',
    name: 'CareRoster shift auto-allocation',
    vendor: 'Bellbird Care Technology Pty Ltd',
    category: 'scheduling',
    purpose: 'Builds fortnightly rosters, offers open shifts to workers by ranking, and predicts who is likely to decline.',
    affected: 'The same 210 home-care workers.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Availability, contracted hours, skills and client matches, shifts accepted and declined, and a "reliability" figure.',
    },
    'au-employer-coverage': {
      status: 'answered',
      choice: 'private-large',
      words: 'As for VisitTrack.',
    },
    'au-whose-data': {
      status: 'answered',
      choice: 'current-employees',
      words: 'Employed care workers only.',
    },
    purpose: {
      status: 'answered',
      words: 'Filling shifts and matching workers to clients.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"No health data in the roster."',
      note: 'Workers on return-to-work plans are marked "restricted". That reveals an injury.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"Rostering is part of employment."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'Nothing on the ranking or the reliability figure.',
    },
    'act-surveillance-notice': {
      status: 'answered',
      choice: 'not-surveillance',
      words: '"Rostering is not surveillance."',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Only roster data.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: 'Only rostering.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'Union leave is not in the roster system.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'no',
      words: 'Bellbird says the module has no other functions.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A reliability figure and a predicted chance of declining each shift.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'The ranking uses roster history only.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'Open shifts are offered in ranking order automatically; the first to accept gets the shift.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'none',
      words: '"We do not need a ground to offer shifts."',
    },
    'human-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review of the ranking.',
    },
    'logic-explanation': {
      status: 'refused',
      words: '"The ranking is Bellbird\'s algorithm."',
      note: 'Part-timers wanting more hours are ranked down if they declined short-notice shifts. Ask for the factors.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: 'No testing of the ranking by age, sex or caring responsibilities.',
      note: 'Workers with caring responsibilities decline more evening shifts. Raise indirect discrimination.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'no',
      words: 'No targets.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'The ranking decides who gets the extra hours part-timers depend on.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Two rostering clerks\' positions will not be replaced.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Bellbird\'s servers in Sydney.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: 'All in Australia.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Rostering coordinators and team leaders.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Bellbird runs the system.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'The same licence as VisitTrack.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: 'Roster data stays with the provider and Bellbird.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'As for VisitTrack.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: 'Roster history and reliability figures kept with no end date.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Workers see their roster and can ask payroll for their time records.',
    },
    'correction-deletion': {
      status: 'unknown',
      words: 'Nobody knew whether a reliability figure can be corrected.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Kept with the employee file.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'Bellbird uses de-identified roster data to train its decline prediction.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'No assessment; the module came bundled with VisitTrack.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'Nothing given.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Rosters are management\'s call."',
      note: 'Clause 7 and section 205: changes to regular rosters must be consulted on.',
    },
    'au-industrial-instrument': {
      status: 'answered',
      choice: 'enterprise-agreement',
      words: 'The enterprise agreement, clause 7.',
    },
    'au-major-change-consultation': {
      status: 'answered',
      choice: 'no',
      words: 'No consultation under clause 7.',
    },
    'audit-review': {
      status: 'follow-up',
      words: 'The operations manager will reply on a review in writing.',
    },
  },
};

const example: Example = {
  key: 'au+au-act',
  id: 'example-au-act',
  meta: {
    union: 'Community and Home Care Workers Union, ACT branch',
    employer: 'Molonglo Community Care Ltd',
    workplace: 'Home-care services, Canberra, Australian Capital Territory',
    date: '2026-11-27',
    round: 'First meeting',
    present:
      'Union: Hannah Pearce (organiser), Grace Obi and Wei Zhang (delegates), Tom Ryan (health and safety representative). Management: Deborah Kell (operations manager), Samir Haddad (HR manager), Fiona Lister (quality and privacy manager).',
  },
  systems: [actVisitTracking, actRostering],
};

export default example;
