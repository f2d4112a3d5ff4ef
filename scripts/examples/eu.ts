import type { Example, ExampleSystem } from './example.ts';

// ── European Union: a distribution centre in Hamburg ────────────────────────────────────────

const euScanners: ExampleSystem = {
  entry: {
    id: 'pickrate-scanner-scoring',
    name: 'PickRate performance scoring',
    vendor: 'Kestrel Warehouse Systems B.V.',
    category: 'performance',
    purpose: 'Scores each picker and packer from handheld-scanner events to plan staffing and identify workers for coaching.',
    affected: 'About 420 pickers, packers and forklift drivers, including agency workers, who use handheld scanners.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Scan events with time stamps, item and bin location, idle time between scans, scanning errors, and device log-in and log-out. All from the scanners and the warehouse management system.',
    },
    purpose: {
      status: 'answered',
      words: 'Staffing plans per shift and zone, coaching for pickers below target, and the quarterly review of zone targets.',
      note: 'Appraisals and capability procedures were not named here, only when we asked about other uses.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"Only operational data. Nothing about health or anything sensitive."',
      note: 'Doubtful: restricted-duty flags from occupational health adjust individual targets. Ask the DPO directly.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: 'Legitimate interest in running the site efficiently and planning staffing.',
      note: 'Good for us: legitimate interests means members can object under Art. 21.',
    },
    'objection-route': {
      status: 'partly',
      words: 'A worker can write to the DPO. "Nobody has ever objected." No one named to decide and no time limit.',
      note: 'Art. 21: they must stop unless they show compelling grounds. Draft a model objection letter for members.',
    },
    'worker-notice': {
      status: 'partly',
      choice: 'partly',
      words: 'A notice went up on the staff noticeboard in March 2025; the general privacy policy is on the intranet.',
      note: 'Agency workers have no intranet access. The notice says nothing about rankings.',
    },
    'off-duty-collection': {
      status: 'partly',
      choice: 'no',
      words: '"Scanners are docked at the end of the shift and stop logging when the worker logs out."',
      note: 'Members say idle time keeps counting during breaks unless they log out. Collect examples from the night shift.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Scores are discussed in annual appraisals and "may be referred to" in capability procedures.',
      note: 'Key demand: no use of scores in discipline or selection for redundancy.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: '"The scanners log work tasks only."',
      note: 'Time off for union duties is booked as an "indirect" code on the scanner. Check whether it shows up as idle time.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: "Kestrel's \"Travel Path\" module, which maps each picker's route through the aisles, is licensed but not switched on.",
      note: 'Licensed but off is one click away. Nothing is switched on without agreement.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'Each picker gets a daily productivity score from 0 to 100 and a weekly ranking within their shift.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: '"No, nothing of that kind."',
    },
    'automated-decisions': {
      status: 'partly',
      choice: 'partly',
      words: 'The system flags the bottom 10% each week; the shift manager decides on coaching or a performance improvement plan.',
      note: 'A weekly bottom-10% list is a forced ranking. Ask how often a flag did not lead to a plan.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'Shift managers review the flags; a worker can ask their team leader to check the underlying data.',
    },
    'human-reviewer': {
      status: 'follow-up',
      words: 'HR director to confirm what training shift managers have had and how long they spend on each flag.',
      note: 'Ask for the number of flags overturned in 2026.',
    },
    'logic-explanation': {
      status: 'refused',
      words: '"The scoring formula is Kestrel\'s trade secret. We cannot disclose it."',
      note: 'Push hard: Art. 15(1)(h) and C-203/22 say a trade secret is no answer to the workers concerned.',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Site manager not aware of any testing; will ask the vendor.',
      note: 'Older workers and those on restricted duties are likely to be penalised by pace-based scores.',
    },
    'annex-iii-high-risk': {
      status: 'answered',
      choice: 'no',
      words: '"It only supports managers. Our lawyers do not consider it a high-risk system."',
      note: 'It monitors and evaluates performance: that is Annex III point 4 on its face.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Targets are set per zone, 120 lines an hour in ambient and 90 in chilled, and reviewed every quarter.',
      note: 'Link to the health and safety committee: musculoskeletal complaints in chilled are up.',
    },
    'pay-linked-scores': {
      status: 'partly',
      choice: 'no',
      words: '"No bonus depends on PickRate." The annual appraisal, which sets the merit increase, "may take the scores into account".',
      note: 'That is pay, indirectly. Ask how many 2026 appraisals quoted scores.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Shift staffing is planned from PickRate forecasts. "No redundancies are planned."',
      note: 'Eight agency posts on the night shift went in October. Ask for the staffing plan for 2027.',
    },
    'storage-location': {
      status: 'answered',
      words: "Kestrel's cloud platform, hosted in Frankfurt.",
    },
    'cross-border-transfers': {
      status: 'partly',
      choice: 'yes',
      words: '"Kestrel\'s support desk in India can log in for troubleshooting. We believe standard contractual clauses are in place."',
    },
    'transfer-safeguards': {
      status: 'unknown',
      words: 'The DPO could not say which standard contractual clauses apply or whether a transfer impact assessment was made.',
      note: "Ask for the clauses and the list of Kestrel's sub-processors in India.",
    },
    'internal-access': {
      status: 'answered',
      words: 'Shift managers see their own teams; site management and HR see everyone; Kestrel support only on a ticket.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Kestrel hosts the platform and provides support, including from its support desk in India.',
    },
    'vendor-contract': {
      status: 'partly',
      choice: 'yes',
      words: 'There is a data processing agreement with Kestrel, but management will not show it: "commercially confidential".',
      note: 'We only need the data protection terms, not the prices. Offer to accept redactions.',
    },
    'third-party-use': {
      status: 'partly',
      choice: 'no',
      words: '"Nothing is sold." Kestrel does produce anonymised industry benchmarks from all its customers\' data.',
      note: 'Benchmarking is Kestrel\'s own purpose. Check whether scores are really anonymised.',
    },
    'breach-notice': {
      status: 'partly',
      words: 'Personal log-ins on every scanner; Kestrel reports incidents to the DPO "without undue delay". Workers would be told "if the law requires it".',
      note: "No commitment to tell the works council. Ask whether the outage at Kestrel in June was a breach.",
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Raw scan data 90 days; daily scores and rankings 24 months.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Pickers see their daily score on the scanner. A full copy, rankings included, through the DPO within one month, free of charge.',
    },
    'correction-deletion': {
      status: 'partly',
      words: 'A team leader can correct scan errors, for example from a faulty scanner. A score already in the weekly ranking is not recalculated.',
      note: 'A wrong score stays on the bottom-10% list. Demand recalculation and removal of the flag.',
    },
    'leavers-data': {
      status: 'partly',
      words: 'Scores are kept for 24 months after a worker leaves "in case of claims"; a copy on request.',
      note: 'Two years after leaving is too long for scores nobody can explain.',
    },
    'training-reuse': {
      status: 'unknown',
      words: 'DPO does not know whether Kestrel uses the data to improve its models.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'yes',
      words: 'A DPIA was completed by the group DPO in 2025 before the roll-out.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'no',
      words: 'The works council was not asked; the DPIA was treated as an internal compliance document.',
      note: 'Push hard here: the DPIA was never shown to the works council.',
    },
    'impact-assessment-shared': {
      status: 'refused',
      words: '"The DPIA is an internal document and will not be shared."',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union has the roll-out slides from 2025. Specifications and the Kestrel contract "are not ours to share".',
    },
    'ai-act-worker-information': {
      status: 'answered',
      choice: 'no',
      words: 'No information is planned, since management does not regard the system as high-risk.',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: '"We are happy to discuss changes with the works council", but no commitment to reach agreement first.',
    },
    'audit-review': {
      status: 'follow-up',
      words: 'Site manager will bring a proposal for a review to the next meeting.',
    },
  },
};

const euCvScreening: ExampleSystem = {
  entry: {
    id: 'talentsift-cv-screening',
    name: 'TalentSift CV screening',
    vendor: 'Hirewise AI Ltd',
    category: 'hiring',
    purpose: 'Ranks applications for warehouse operative and team leader vacancies and rejects those below a match threshold.',
    affected: 'All external applicants, and employees applying internally for team leader posts.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'CVs, application form answers, a 15-minute online questionnaire and, if the applicant links it, their LinkedIn profile.',
    },
    purpose: {
      status: 'answered',
      words: 'Shortlisting for operative and team leader vacancies: about 3,000 applications a year for some 60 posts.',
    },
    'special-category-data': {
      status: 'partly',
      choice: 'yes',
      words: 'Applicants can disclose a disability to ask for adjustments. "The tool does not use it," according to the vendor.',
    },
    'special-category-basis': {
      status: 'unknown',
      words: 'HR could not say which exception applies. Disability information is visible to recruiters in the same screen.',
      note: 'Demand that disability information is held apart from the ranking and the recruiter\'s view.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: 'Steps taken at the applicant\'s request before entering into a contract.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'yes',
      words: 'The privacy notice on the careers page covers it.',
      note: 'The careers-page notice does not mention automated ranking or rejection. Screenshot it.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: '"Used for recruitment only."',
      note: 'Get it in writing that internal candidates\' scores never reach their personnel file.',
    },
    'union-activity-tracking': {
      status: 'partly',
      choice: 'no',
      words: '"We never ask about it." Recruiters do see linked LinkedIn profiles, which may list union roles.',
      note: 'Internal candidates who are shop stewards must not lose out. Ask whether the model reads profile text.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'Hirewise offers one-way video interviews with automated assessment. "We have no plans to use it."',
      note: 'Video scoring would bring emotion analysis in by the back door. It must need our agreement first.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'Every applicant gets a match score and a "reliability indicator" derived from the questionnaire.',
      note: '"Reliability" from a personality questionnaire: ask what it predicts and how it was validated.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'No video interviews and no emotion analysis.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'Applications below a 40% match for operative roles are rejected automatically; recruiters see the rest.',
      note: 'Solely automated rejection with significant effects: Art. 22. Our strongest point on this system.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'contract',
      words: '"It is necessary to handle thousands of applications before we can offer a contract."',
      note: 'Necessity is doubtful: recruiters read the rest by hand. Art. 22(3) safeguards apply anyway.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A rejected applicant can e-mail the recruitment team and a recruiter will look at the application again.',
    },
    'human-reviewer': {
      status: 'partly',
      words: 'A recruiter from the central talent team. No specific training on the tool; "a few minutes" per case.',
    },
    'logic-explanation': {
      status: 'partly',
      choice: 'partly',
      words: 'The vendor\'s brochure says it matches skills and experience against the job profile. The weighting is not disclosed.',
    },
    'bias-testing': {
      status: 'partly',
      choice: 'yes',
      words: 'Hirewise says it was audited for gender and age bias in 2024. Management has not seen the report.',
      note: 'Ask for the audit itself. Nothing on ethnic origin or disability, which matters for our workforce.',
    },
    'bias-test-results': {
      status: 'refused',
      words: '"The audit report belongs to Hirewise and is confidential."',
      note: 'If the audit is as good as they say, they can show it. Offer to read it under a confidentiality undertaking.',
    },
    'annex-iii-high-risk': {
      status: 'answered',
      choice: 'yes',
      words: '"Yes, recruitment is high-risk. We are preparing for the AI Act deadline."',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Pay follows the collective agreement. For internal candidates, the match score decides who is interviewed for team leader posts.',
      note: 'Promotion by match score. Every internal applicant should get an interview.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: '"The recruitment team is the same size; the tool only saves time."',
      note: 'Two recruiter posts were not refilled in 2025. Check with the talent team.',
    },
    'storage-location': {
      status: 'answered',
      words: "Hirewise's cloud in Dublin, on Microsoft Azure.",
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'The Hirewise engineering team in London has access; the UK has an adequacy decision.',
    },
    'transfer-safeguards': {
      status: 'answered',
      words: 'The adequacy decision for the United Kingdom. Management will show us the transfer clause of the Hirewise agreement.',
    },
    'internal-access': {
      status: 'answered',
      words: 'The central talent team, and hiring managers for their own vacancies only.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Hirewise runs the tool; Microsoft hosts it on Azure for Hirewise.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A data processing agreement was signed with Hirewise in 2024.',
    },
    'third-party-use': {
      status: 'unknown',
      words: '"We would have to check the vendor\'s terms."',
    },
    'breach-notice': {
      status: 'follow-up',
      words: "DPO will check Hirewise's incident procedure and report at the next meeting.",
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Unsuccessful applications are deleted after six months; for people hired, data moves to the personnel file.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'Applicants can ask for their data through the careers page. "The match score is an internal working document."',
      note: 'The score is personal data and falls under Art. 15. Ask how many requests they had.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'An applicant can update the application, or ask for it to be deleted, until the vacancy closes.',
    },
    'leavers-data': {
      status: 'not-applicable',
      words: 'Management says the tool holds applicant data only and nothing is kept in it once someone is hired.',
      note: 'Check whether the match score travels into the personnel file with the rest of the application.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'Hirewise uses "anonymised" application data to improve its model; this is in the contract.',
      note: 'Anonymised CVs are hardly possible. Demand that this clause is removed at renewal.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'in-progress',
      words: 'A DPIA is being drafted with the vendor, due in the first quarter of 2027.',
      note: 'The tool has been live since spring 2025 without a DPIA.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'yes',
      words: 'The works council will be invited to comment on the draft.',
    },
    'impact-assessment-shared': {
      status: 'partly',
      choice: 'summary',
      words: 'A summary will be provided once the DPIA is final.',
      note: 'A summary after the fact is not consultation. Ask for the draft.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union was not told before the tool went live in spring 2025.',
    },
    'ai-act-worker-information': {
      status: 'answered',
      choice: 'planned',
      words: 'Information for staff and applicants is planned before the AI Act obligations apply.',
    },
    consultation: {
      status: 'answered',
      choice: 'yes',
      words: 'Management agrees to consult before any change to the thresholds or a new module.',
    },
    'audit-review': {
      status: 'partly',
      choice: 'yes',
      words: 'An annual review of hiring outcomes; the union may see aggregate figures.',
    },
  },
};

const euCameras: ExampleSystem = {
  entry: {
    id: 'sitesight-camera-analytics',
    name: 'SiteSight video analytics',
    vendor: 'Optivue Security GmbH',
    category: 'monitoring',
    purpose: 'CCTV on docks, aisles and entrances, with analytics to detect forklift near-misses, missing safety equipment and theft.',
    affected: 'Everyone on site: about 480 employees, agency workers, lorry drivers and visitors.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Video of docks, aisles, entrances and the canteen corridor. The analytics detect people, forklifts, safety vests and dwell time in zones. No audio.',
    },
    purpose: {
      status: 'answered',
      words: 'Safety on the docks: detecting forklift near-misses and missing high-visibility vests. And preventing theft.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"Face recognition is not switched on."',
      note: 'The product has a face-matching module. Get it in writing that it stays off.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: 'Legitimate interests: safety on the docks and protection of stock.',
    },
    'objection-route': {
      status: 'refused',
      words: '"You cannot opt out of CCTV on a site like this."',
      note: 'Art. 21 still applies, at least to the analytics. Dwell-time alerts can be switched off for a person.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'yes',
      words: 'Signs at every entrance; the CCTV policy is in the staff handbook.',
      note: 'Neither the signs nor the handbook mention the analytics added in 2025.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'Cameras also cover the smoking area and the staff car park, 24 hours a day.',
      note: 'Smoking area is a break space. Demand those cameras are removed or masked.',
    },
    'secondary-uses': {
      status: 'refused',
      words: '"We will not limit in advance how footage may be used in an investigation."',
      note: 'Footage was used in the September dismissal on the night shift, so in practice the answer is yes.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'yes',
      words: 'The canteen corridor camera also shows the door of the works council office. "Nobody watches it for that."',
      note: 'Everyone who visits the works council is on film. Demand the camera is moved or that part masked.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'Face matching and "aggression detection" are in the product but not licensed.',
      note: 'Face matching would be biometric data. Both only with our agreement, in writing.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: '"The analytics work on anonymous objects, not on identified people."',
      note: 'Dwell-time alerts give zone and time. With the rota, anyone can be identified.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'Optivue offers an "aggression detection" module, but it has not been bought.',
      note: 'Ask for a written commitment never to activate it. Banned at work in any case since February 2025.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'none',
      words: 'Alerts go to the security team; no decisions about workers are taken by the system.',
    },
    'annex-iii-high-risk': {
      status: 'answered',
      choice: 'not-ai',
      words: '"It is video software, not artificial intelligence."',
      note: 'Optivue\'s own brochure says "AI-powered detection". Bring a copy.',
    },
    'work-pace-targets': {
      status: 'partly',
      choice: 'yes',
      words: 'Not used for targets, "but congestion and dwell-time alerts go to the shift managers."',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: '"No one\'s job has changed."',
      note: 'Night security went from four guards to two after the analytics came in.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Recordings on a server on site in Hamburg; the analytics run in Optivue\'s data centre in Munich.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: '"Everything stays in Germany."',
    },
    'internal-access': {
      status: 'partly',
      words: 'The security team and the site manager; HR on request for investigations. "Access should be logged."',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Optivue runs the analytics in its Munich data centre and maintains the server on site.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'Optivue operates the analytics under a processing agreement signed in 2023.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: '"No, never."',
    },
    'breach-notice': {
      status: 'answered',
      words: 'The server room is locked and footage is encrypted. The DPO deals with incidents: a laptop with clips was stolen in 2024 and reported to the authority.',
      note: 'The works council was never told about the stolen laptop.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Footage is overwritten after 72 hours unless flagged; flagged clips are kept until the case is closed.',
      note: '"Until the case is closed" is open-ended. Demand a cap.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'A worker can ask the DPO to see footage of themselves. A copy "only if everyone else can be blurred".',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'Footage is not corrected. A flagged clip is deleted early if the case is dropped.',
    },
    'leavers-data': {
      status: 'not-applicable',
      words: 'Footage is not filed per person, so there is nothing specific to delete when someone leaves.',
    },
    'training-reuse': {
      status: 'follow-up',
      words: 'DPO will check with Optivue whether footage is used to train its detection models.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'No DPIA: the cameras date from 2019 and the analytics came "as a software update".',
      note: 'The analytics upgrade is new processing and needs a DPIA. Raise with the DPO in writing.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The works council was told of the analytics by e-mail after the update was installed.',
    },
    consultation: {
      status: 'refused',
      words: '"Site security is a management decision."',
      note: 'Monitoring equipment is subject to co-determination. Brief the works council chair before the next meeting.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No formal review is planned.',
    },
  },
};

const example: Example = {
  key: 'eu',
  id: 'example-eu',
  meta: {
    union: "Transport and Logistics Workers' Union",
    employer: 'NordFreight Logistics GmbH',
    workplace: 'Hamburg distribution centre',
    date: '2026-11-24',
    round: 'First meeting',
    present:
      'Union: Katrin Vogel (regional organiser), Mehmet Arslan and Julia Brandt (shop stewards). Management: Dr Stefan Keller (HR director), Anna Lindqvist (data protection officer), Thomas Brenner (site manager).',
  },
  systems: [euScanners, euCvScreening, euCameras],
};

export default example;
