import type { Example, ExampleSystem } from './example.ts';

// ── Germany: a grocery retailer's stores around Leipzig ────────────────────────────────────

const deTaskApp: ExampleSystem = {
  entry: {
    id: 'taskpilot-store-tasks',
    name: 'TaskPilot store task app',
    vendor: 'Corvid Retail Software GmbH',
    category: 'performance',
    purpose: 'Allocates shelf-filling, price changes and click-and-collect picking to staff on handhelds, times each task and compares stores.',
    affected: 'About 180 sales staff, most of them part-time, in the five pilot stores; all 12 stores from spring 2027.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Log-in times on the handheld, each task with its start and finish time, aisle and task type, shelf-label scans and, for some tasks, a photo of the finished shelf.',
    },
    purpose: {
      status: 'answered',
      words: 'Allocating tasks across the store team, and "store benchmarking" between the 12 stores.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"Only task data."',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"Section 26 of the Federal Data Protection Act: it is necessary for the employment relationship."',
      note: 'BDSG §26(1) has been inapplicable since C-34/21. Ask them to name the GDPR ground in writing.',
    },
    'worker-notice': {
      status: 'partly',
      choice: 'partly',
      words: 'An e-mail to the store managers and a leaflet in the staff rooms of the pilot stores.',
      note: 'The leaflet says nothing about task times, rankings or how long anything is kept.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'The handhelds stay in the store and there is no app for private phones.',
    },
    'secondary-uses': {
      status: 'follow-up',
      words: 'Head of HR will check whether store managers use task times in appraisal talks.',
      note: 'Two members in store 3 were shown their task times in their appraisal.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: '"Works council time is not recorded in TaskPilot."',
      note: 'Works council members who log out for council duties show as "inactive" in the store view. Check.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'A "performance coach" module that shows each worker their ranking in the store is available but not switched on in the pilot.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'Each worker gets a "task efficiency" percentage against the standard time for each task; stores are ranked by their average.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: '"No."',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'The app proposes each worker\'s task list at the start of the shift; the shift lead can change it. Efficiency figures go to the store manager.',
    },
    'human-review': {
      status: 'answered',
      choice: 'no',
      words: '"The figures are what they are." A shift lead can change the task list, but nobody reviews the efficiency figures.',
    },
    'logic-explanation': {
      status: 'partly',
      choice: 'partly',
      words: "Standard times per task come from Corvid's time studies. Management does not know how waiting for a late delivery is counted.",
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Not known; Corvid will be asked.',
      note: 'Part-time staff and older workers in the pilot stores report lower figures. Collect them before the next meeting.',
    },
    'annex-iii-high-risk': {
      status: 'answered',
      choice: 'no',
      words: '"It is task software. It does not evaluate people."',
      note: 'A ranking by efficiency is evaluation of performance: Annex III point 4.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Standard times per task, for example 12 minutes per roll cage of dry goods. The app turns the task red when it runs over.',
      note: 'Heavy lifting against the clock: raise with the health and safety committee.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'no',
      words: 'Pay follows the retail collective agreement; no bonus for staff depends on TaskPilot.',
      note: "Store managers' bonus depends on the store ranking, and the pressure comes down to staff.",
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Fewer shift leads are needed in the pilot stores. "No one will be dismissed."',
    },
    'storage-location': {
      status: 'answered',
      words: "Corvid's cloud in Frankfurt, on Amazon Web Services.",
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: '"Everything is hosted in Frankfurt."',
      note: "Corvid's website says its service desk is in Belgrade. Ask whether it can see our data.",
    },
    'internal-access': {
      status: 'answered',
      words: 'Store managers and shift leads for their own store; the regional manager and HR for all stores; Corvid support on a ticket.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Corvid runs the app and the platform.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A processing agreement under Art. 28 GDPR, signed in March 2026. The works council may see it.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'yes',
      words: 'Corvid publishes "retail productivity benchmarks" from all its customers\' data, anonymised.',
      note: 'Task times from five small stores are hardly anonymous. No use for Corvid\'s own purposes.',
    },
    'breach-notice': {
      status: 'partly',
      words: 'Corvid reports incidents to the data protection officer within 24 hours. Workers and the works council "would be informed where necessary".',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Task records 12 months; monthly efficiency figures three years.',
      note: 'Three years of efficiency figures for a pilot. Far too long.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: "Workers see the day's tasks in the app. A full copy through the data protection officer within a month.",
    },
    'correction-deletion': {
      status: 'unknown',
      words: 'No one knew whether a task time can be corrected when a delivery arrived late.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Deleted on the normal schedule; nothing earlier when someone leaves.',
    },
    'training-reuse': {
      status: 'follow-up',
      words: 'The data protection officer will ask Corvid whether task data are used to set its standard times.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: '"Not needed for a pilot."',
      note: 'A pilot that scores 180 workers needs a DPIA like any other system.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: "The works council has Corvid's brochure; no specifications and no list of the data.",
    },
    'ai-act-worker-information': {
      status: 'answered',
      choice: 'no',
      words: '"It is not high-risk, so there is nothing to tell."',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: 'Management is "open to talks" before the roll-out to all stores.',
    },
    'works-council-agreement': {
      status: 'answered',
      choice: 'no',
      words: 'No works agreement. Management says a pilot in five stores "does not need one yet".',
      note: 'A pilot is covered too: the app is objectively suitable for monitoring performance. If they go on, injunction or the conciliation committee.',
    },
    'works-council-planning-information': {
      status: 'answered',
      choice: 'no',
      words: 'The works council heard of the pilot from staff in store 3.',
    },
    'works-council-expert': {
      status: 'refused',
      words: '"We will not pay for an outside expert for a pilot."',
      note: 'Where AI is assessed, the expert is deemed necessary. Put the request in writing with a quote.',
    },
    'selection-guidelines-consent': {
      status: 'follow-up',
      words: 'Head of HR will check whether efficiency figures were used when staff were chosen for the new store in Grünau.',
    },
    'assessment-principles-consent': {
      status: 'answered',
      choice: 'no',
      words: 'The works council has not been asked to agree the efficiency figures as assessment criteria.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'The pilot will be reviewed "internally" in March 2027.',
    },
  },
};

const deRostering: ExampleSystem = {
  entry: {
    id: 'rostermind-scheduling',
    name: 'RosterMind rostering',
    vendor: 'Plandis Workforce AG',
    category: 'scheduling',
    purpose: 'Forecasts footfall per store and hour, builds four-week rosters, and handles shift swaps, open shifts and holiday requests.',
    affected: 'All 430 staff in the 12 stores and the regional office, including students on minijobs.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Contracted hours, availability, holiday and sick-leave days (no diagnoses), skills, hours actually worked, and till and footfall data per store.',
    },
    purpose: {
      status: 'answered',
      words: 'Footfall forecasts, rosters for each store, and approving swaps and holiday.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Sick-leave days are used to plan cover. "No diagnoses."',
    },
    'special-category-basis': {
      status: 'partly',
      words: 'Art. 9(2)(b) GDPR. Store managers see who is off sick and for how long; there is no separate safeguard.',
      note: 'RosterMind only needs "unavailable". Sick leave should stay with HR.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"Rosters are part of running the employment contract."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'yes',
      words: 'The 2024 works agreement and the staff privacy notice cover it.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'Staff enter availability and swap shifts in the app on their own phones, and open shifts are offered at any hour.',
      note: 'Offers at 10 pm for the next morning. Demand quiet hours in the app.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: '"Rostering only, as the works agreement says."',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'Works council release time is entered as ordinary "unavailable" time.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'The 2026 update added an "availability score" that ranks part-time staff by how often they accept extra shifts. "It is not switched on."',
      note: 'The 2024 works agreement does not mention it. Not to be used without the works council\'s agreement.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: '"It forecasts footfall, not people."',
      note: "It does keep each worker's swap and acceptance history, which is what the availability score would use.",
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: '"No."',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'RosterMind approves or refuses swaps and holiday requests on its own, against each store\'s minimum staffing. Store managers publish the rosters.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'contract',
      words: '"It is part of running the roster under the contract and the works agreement."',
      note: 'An automatic refusal of holiday is hardly necessary for the contract.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A worker whose request was refused can ask the store manager, who can approve it anyway.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'The store manager, after a one-day Plandis training, with full power to overrule the roster.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'yes',
      words: 'The annex to the works agreement lists the rules: minimum staffing per hour, seniority for holiday, contracted hours first.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: '"It applies the same rules to everyone."',
      note: 'Part-timers, mostly women, get the late and Saturday shifts. Ask for figures by contract type and sex.',
    },
    'annex-iii-high-risk': {
      status: 'follow-up',
      words: 'The legal department is still assessing whether the AI Act applies to the forecasting.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'It builds the schedules and adjusts staffing per hour to the footfall forecast.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'no',
      words: 'Pay follows the collective agreement; nothing from RosterMind.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'More short shifts of three to four hours at peak times. "Contracted hours do not change."',
      note: 'Short shifts mean more journeys for the same pay. Key point for the part-time staff.',
    },
    'storage-location': {
      status: 'answered',
      words: "Plandis's data centre in Zurich.",
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'Plandis hosts the data in Switzerland.',
    },
    'transfer-safeguards': {
      status: 'answered',
      words: 'The adequacy decision for Switzerland. The Plandis contract names no other country.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Store managers for their own store, the regional workforce planner and HR; Plandis support, with every access logged.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Plandis hosts and supports RosterMind.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A processing agreement with Plandis, attached to the 2024 works agreement.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: '"No one else gets the data."',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Plandis notifies within 24 hours, and the works agreement says the works council is told of every incident. None so far.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Rosters and hours worked six years for payroll and tax; availability and swap history 12 months.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Each worker sees their roster, hours and requests in the app; anything else from HR.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'HR corrects hours on request; workers can delete their own availability entries in the app.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'The account is closed on leaving; hours are kept for payroll, availability deleted after 12 months.',
    },
    'training-reuse': {
      status: 'unknown',
      words: "Not known whether Plandis uses the stores' footfall and roster data to train its forecasting.",
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'yes',
      words: 'A DPIA was done in 2024, before the works agreement.',
      note: 'It predates the availability score. Ask for an update.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'yes',
      words: 'The works council commented on the draft.',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'yes',
      words: 'The works council has the full DPIA.',
    },
    'union-information': {
      status: 'partly',
      choice: 'yes',
      words: 'The works council had the full documentation in 2024; nothing yet on the 2026 update.',
    },
    'ai-act-worker-information': {
      status: 'partly',
      choice: 'planned',
      words: '"If the legal department finds it is high-risk, staff will be told in good time."',
    },
    consultation: {
      status: 'answered',
      choice: 'yes',
      words: 'Any change goes to the works council under the works agreement.',
    },
    'works-council-agreement': {
      status: 'answered',
      choice: 'yes',
      words: 'Works agreement on RosterMind of 1 March 2024.',
      note: 'It predates the 2026 update. Ask whether it covers the availability score.',
    },
    'works-council-planning-information': {
      status: 'partly',
      choice: 'partly',
      words: 'In full in 2024; the 2026 update was announced only in the release notes.',
    },
    'works-council-expert': {
      status: 'answered',
      choice: 'yes',
      words: 'Management will pay for an expert to assess the 2026 update, within a budget to be agreed.',
    },
    'selection-guidelines-consent': {
      status: 'not-applicable',
      words: '"RosterMind is not used for hiring, transfers, regrading or dismissals."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'yes',
      words: 'An annual review with the works council, as the works agreement provides.',
    },
  },
};

const example: Example = {
  key: 'eu+eu-de',
  id: 'example-eu-de',
  meta: {
    union: "Retail and Services Workers' Union",
    employer: 'Kornfeld Frischemarkt GmbH',
    workplace: 'Leipzig region: 12 stores and the regional office',
    date: '2026-11-19',
    round: 'First meeting',
    present:
      'Union: Sabine Hoffmann (union secretary), Can Yıldız (works council chair), Marta Kowalczyk (works council member, store 3). Management: Jens Albrecht (regional director), Dr Claudia Wendt (head of HR), Lukas Berger (external data protection officer).',
  },
  systems: [deTaskApp, deRostering],
};

export default example;
