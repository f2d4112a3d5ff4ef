import type { Example, ExampleSystem } from './example.ts';

// ── South Africa: a contact centre in Umhlanga ──────────────────────────────────────────────

const zaSpeechAnalytics: ExampleSystem = {
  entry: {
    id: 'voiceiq-speech-analytics',
    name: 'VoiceIQ call recording and speech analytics',
    vendor: 'Sonaris Analytics Inc., through its local reseller',
    category: 'monitoring',
    purpose: 'Records and transcribes every call, and scores agents on script compliance, sentiment and customer satisfaction.',
    affected: 'About 650 agents and team leaders on inbound and outbound campaigns.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Call recordings, transcripts, desktop activity during calls, handle, hold and after-call time, QA scores and customer survey results.',
    },
    purpose: {
      status: 'partly',
      words: 'Quality assurance, compliance for insurance clients and coaching. Management accepted that QA scores are also used in disciplinary hearings.',
      note: 'Use in discipline is the main issue for members. Purpose clause is a priority.',
    },
    'special-category-data': {
      status: 'partly',
      choice: 'yes',
      words: 'Recordings capture voices, but "no voiceprints are made". The information officer could not name the authorisation relied on.',
    },
    'special-category-basis': {
      status: 'unknown',
      words: 'No one could say which authorisation applies. There are no written rules for staff on who may listen to recordings.',
      note: 'If voice is used as biometric information, section 33 needs a rule under labour legislation or a collective agreement.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: '"Our legitimate interest in service quality, and our contracts with clients."',
      note: 'Yet agents sign a monitoring consent form at induction. Point out the contradiction.',
    },
    'objection-route': {
      status: 'partly',
      words: 'An agent could use the grievance procedure, but "recording is a condition of the job."',
      note: 'Section 11(3)(a) requires them to consider objections. Test it with a member\'s written objection.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'The induction consent form covers call recording but not speech analytics or the overseas vendor.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Only calls and the agent desktop while the agent is logged in to the dialler.',
      note: 'Agents say the softphone records personal calls on breaks if the status is not changed.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'QA scores are used in disciplinary hearings and to choose agents for the premium insurance campaigns.',
    },
    'union-activity-tracking': {
      status: 'refused',
      words: '"We respect freedom of association and will not entertain that question."',
      note: 'Shop stewards speak to members on recorded lines. Raise the 2025 incident with the transcript.',
    },
    'inactive-functions': {
      status: 'partly',
      choice: 'yes',
      words: 'Sonaris offers voice-print authentication for customers. The IT manager thinks it is off, "but the licence includes it".',
      note: 'A voiceprint module contradicts what we were told about special information. Ask for the licence schedule.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'An automated QA score for every call, a weekly "sentiment index" and a compliance score per agent.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'yes',
      words: 'The sentiment module detects frustration in the customer\'s and the agent\'s tone of voice.',
      note: 'Agent-side sentiment is emotion detection on workers. Demand it is switched off for agents.',
    },
    'automated-decisions': {
      status: 'partly',
      choice: 'partly',
      words: 'Scores feed the monthly incentive and go to team leaders, who decide on coaching and warnings.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A QA analyst re-listens to the call if the agent disputes the score within five working days.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'A QA analyst from the quality team, trained by the reseller. Disputes are decided within five working days and the analyst can change the score.',
    },
    'logic-explanation': {
      status: 'partly',
      choice: 'partly',
      words: 'Agents get the QA scorecard with the script items. How the automated score and the sentiment index are weighted is "in the vendor\'s model".',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Management does not know whether Sonaris tested the model on South African accents and languages.',
      note: 'isiZulu-first speakers report lower automated scores. Gather examples before the next meeting.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'The incentive bonus requires an average QA score of 85% or more.',
      note: 'Bonus tied to an untested algorithm. Link to the health and safety committee on stress.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'The monthly incentive is paid on the QA average, and QA scores count when team leader posts are filled.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Automated QA replaced manual sampling: the QA team went from 14 analysts to 6 in 2025.',
      note: 'HR says the analysts were redeployed, not retrenched. Check with the members concerned.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Recordings are kept on site for 90 days; transcripts and analytics are in Sonaris\'s cloud in the United States.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'Transcripts and scores go to Sonaris in the United States.',
    },
    'transfer-safeguards': {
      status: 'follow-up',
      words: 'IT manager will check the agreement with Sonaris and report back.',
      note: 'Voice data may be special personal information: ask whether the Regulator authorised the transfer.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Team leaders, QA analysts and operations managers, and clients\' QA teams for their own campaigns.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Sonaris processes recordings under an operator agreement; the reseller supports the system locally.',
    },
    'vendor-contract': {
      status: 'partly',
      choice: 'yes',
      words: 'There is an operator agreement with Sonaris. The reseller works under a maintenance contract "that may not cover data".',
      note: 'Section 21 needs a written contract with every operator, the reseller included.',
    },
    'third-party-use': {
      status: 'refused',
      words: '"Our arrangements with clients are confidential. We will not discuss them here."',
      note: 'Members have seen client QA reports with agents\' names and scores. Push for team-level figures only.',
    },
    'breach-notice': {
      status: 'partly',
      words: 'ISO 27001 controls; the information officer would notify the Regulator. No commitment to tell the union.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Recordings six months, five years for some insurance campaigns; scores 12 months.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'Agents can listen to their own calls with their team leader, but get no copies.',
    },
    'correction-deletion': {
      status: 'unknown',
      words: 'No one could say how a wrong score is corrected, other than through the QA dispute.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Kept in line with client retention requirements, then deleted.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'Sonaris uses de-identified transcripts to improve its speech models, including for South African English.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'yes',
      words: 'Completed in 2025 by the compliance team, signed off by the information officer.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'no',
      words: '"It was a compliance exercise; the union was not part of it."',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'no',
      words: '"It is an internal compliance document."',
      note: 'Request it in writing under section 16 of the LRA as relevant information.',
    },
    'union-representativeness': {
      status: 'answered',
      choice: 'majority',
      words: 'Management accepts that the union represents a majority of employees at the centre.',
    },
    'union-information': {
      status: 'refused',
      words: '"You had a presentation in August. Specifications and the vendor contract are confidential."',
      note: 'Confidentiality must be claimed in writing; if they refuse, refer the disclosure dispute to the CCMA.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Recording is how the business works. We will inform the union of any changes."',
      note: 'Informing is not consulting. Tie this to the disclosure request under section 16.',
    },
    'workplace-forum': {
      status: 'answered',
      choice: 'no-forum',
      words: 'There is no workplace forum at the centre.',
    },
    'audit-review': {
      status: 'follow-up',
      words: 'Head of operations will consider a joint review and reply in writing.',
    },
  },
};

const zaScheduling: ExampleSystem = {
  entry: {
    id: 'shiftwise-workforce-management',
    name: 'ShiftWise workforce management',
    vendor: 'Rostra Workforce Software Ltd',
    category: 'scheduling',
    purpose: 'Forecasts call volumes, builds rosters, handles leave and shift swaps, and tracks schedule adherence in real time.',
    affected: 'All agents and team leaders, including fixed-term staff on seasonal campaigns.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Log-in and log-out times, status codes (available, after-call work, break, training), adherence, leave requests, skills, languages and shift preferences.',
    },
    purpose: {
      status: 'answered',
      words: 'Forecasting, rostering and real-time adherence.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Sick-leave records and medical certificates are stored in the leave module.',
    },
    'special-category-basis': {
      status: 'partly',
      words: 'Medical certificates are needed for sick leave under the BCEA. Team leaders can open them in the leave module.',
      note: 'Team leaders do not need the diagnosis. Only HR should see certificates.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"It is needed to run the employment contract: people have to work a roster."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'No separate notice; "it is part of how the centre runs."',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'Agents use the ShiftWise app on their own phones for rosters and swaps. "No location is collected."',
      note: 'Ask what device data the app collects, and whether swap requests after hours count as availability.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Adherence reports are attached to warnings for late-coming and absenteeism.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'yes',
      words: 'Shop stewards\' union leave is recorded under its own status code.',
      note: 'The "UNION" code is visible to every team leader. Demand a neutral code.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'no',
      words: '"Everything we bought is switched on."',
      note: 'Rostra advertises a "mobile location" feature. Ask whether the ShiftWise app can do it.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'An adherence percentage per agent and a "reliability rating" that sets priority for shift preferences.',
    },
    'emotion-recognition': {
      status: 'not-applicable',
      words: 'Management says it is a rostering tool with no such function.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'The system assigns shifts and approves or declines swaps and leave requests against staffing thresholds.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'contract',
      words: '"Agents agree to work the roster in their contracts."',
      note: 'Section 71(2) also needs protective measures. Ask which ones.',
    },
    'representations-and-logic': {
      status: 'partly',
      choice: 'no',
      words: 'Agents can raise a query with the planning team; the rules are not documented for agents.',
    },
    'human-review': {
      status: 'partly',
      choice: 'on-request',
      words: 'Workforce planners "can override" if an agent escalates through the team leader.',
    },
    'human-reviewer': {
      status: 'follow-up',
      words: 'HR manager will find out how many overrides the planners made this year, and on what rules.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: '"Agents do not need to know how the rating works. It is based on attendance."',
      note: 'The reliability rating decides shift preferences. Demand the rules in writing.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: '"Not tested. It is a mathematical scheduling tool."',
      note: 'Parents and agents who depend on taxis lose priority through the reliability rating. Indirect discrimination.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Adherence below 90% in a month disqualifies the agent from the attendance bonus.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Adherence decides the attendance bonus, and the reliability rating is looked at for promotion to team leader.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Split shifts on the outbound campaigns follow the forecasts, and the rostering team went from five to two.',
      note: 'Split shifts mean two taxi fares a day. Raise with the transport allowance.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Rostra\'s cloud in Ireland.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'The rosters are hosted by Rostra in Ireland.',
    },
    'transfer-safeguards': {
      status: 'answered',
      words: 'Ireland is covered by the GDPR, and there is a data processing agreement with Rostra.',
    },
    'internal-access': {
      status: 'answered',
      words: 'The planning team, team leaders for their own teams, and payroll for adherence and leave.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Rostra hosts and supports the system under a written agreement.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A data processing agreement with Rostra. The union may see its data protection schedule, not the prices.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: '"No one else gets the rosters."',
    },
    'breach-notice': {
      status: 'unknown',
      words: 'Not sure; "it would depend on the vendor."',
    },
    'retention-period': {
      status: 'partly',
      choice: 'indefinite',
      words: 'Adherence data is kept "as long as needed for payroll queries".',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Agents see their own adherence in the app. A full request goes to the information officer, free of charge, answered within 30 days.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'Planning corrects adherence errors if the agent logs a ticket within seven days.',
    },
    'leavers-data': {
      status: 'follow-up',
      words: 'HR manager will check what Rostra keeps after an agent leaves.',
    },
    'training-reuse': {
      status: 'unknown',
      words: '"We don\'t know whether Rostra uses our data for its forecasting models."',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'in-progress',
      words: 'Started in October by the information officer with Rostra.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'yes',
      words: 'Agents on two campaigns will be surveyed, and the union asked to comment.',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'yes',
      words: 'The draft will be shared with the union and comments considered before it is finalised.',
      note: 'Good. Set a date, and send our questions on the reliability rating in advance.',
    },
    'union-representativeness': {
      status: 'answered',
      choice: 'majority',
      words: 'As for VoiceIQ: majority accepted.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'Not yet; the roll-out plan can be provided.',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: '"We will talk to the union about the new module", but rosters remain management\'s decision.',
    },
    'workplace-forum': {
      status: 'answered',
      choice: 'no-forum',
      words: 'No workplace forum.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'yes',
      words: 'A joint review six months after the new module goes live.',
    },
  },
};

const zaClockIn: ExampleSystem = {
  entry: {
    id: 'fingertime-biometric-clock-in',
    name: 'FingerTime biometric clock-in',
    vendor: 'SecuTime Systems (Pty) Ltd',
    category: 'biometrics',
    purpose: 'Fingerprint terminals at the entrances record arrival and departure times for payroll.',
    affected: 'All staff at the Umhlanga site.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Fingerprint templates, employee number, clock-in and clock-out times and the terminal used.',
    },
    purpose: {
      status: 'answered',
      words: 'Time and attendance for payroll, and to stop "buddy punching".',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Fingerprints are biometric information; the company relies on the employee\'s consent.',
    },
    'special-category-basis': {
      status: 'partly',
      words: 'Consent at enrolment. No staff rules beyond the attendance policy.',
      note: 'Consent from an employee is rarely free. Ask which other authorisation they could rely on, and write rules into the agreement.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: '"Staff consented when they were enrolled."',
      note: 'Consent given on the first day, with no alternative offered, is not freely given.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'Enrolment form explains clocking in but says nothing about storage, the vendor or workers\' rights.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Only at the terminals at the entrances.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: '"Clocking data is for payroll only."',
      note: 'Late-coming reports lead to warnings (see the decisions answer). That is discipline.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: '"No."',
    },
    'inactive-functions': {
      status: 'unknown',
      words: 'HR did not know whether the photo-capture feature of the terminals is on.',
      note: 'The terminals have a camera. Ask SecuTime for the configuration.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: 'It records times only.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: '"Fingerprint readers cannot do that."',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'Late-coming reports go to supervisors, who decide on deductions or warnings.',
    },
    'human-review': {
      status: 'answered',
      choice: 'always',
      words: 'Supervisors approve every deduction before the payroll run.',
      note: 'Members say deductions appear without anyone speaking to them. Collect payslips.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'The department supervisor, with no training on the system. If the supervisor does not respond within two days, payroll applies the deduction.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'yes',
      words: 'More than five minutes after the start of the shift counts as late; three lates in a month go to the supervisor.',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Not known. HR accepts that some older staff have trouble being read by the terminals.',
      note: 'Failed reads lead to late-coming records. Ask for failure rates per terminal.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Late-coming is deducted from pay, and three lates in a month lose the attendance bonus.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: '"No one\'s job changed."',
    },
    'storage-location': {
      status: 'answered',
      words: 'Templates on the terminals and on a server in the Umhlanga office.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: '"Nothing goes overseas."',
    },
    'internal-access': {
      status: 'answered',
      words: 'HR and payroll see attendance; only SecuTime technicians can reach the templates.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'SecuTime maintains the terminals and the server under a service agreement.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'no',
      words: 'The service agreement covers maintenance only; "data protection is not mentioned".',
      note: 'SecuTime technicians can reach the templates. An operator agreement under section 21 is a must.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: '"Nothing leaves the building."',
    },
    'breach-notice': {
      status: 'partly',
      words: 'Templates are encrypted, according to SecuTime. No procedure for telling workers or the union.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Templates for the duration of employment; attendance records three years, as the BCEA requires.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Staff can ask HR for their attendance record at any time, free of charge.',
    },
    'correction-deletion': {
      status: 'partly',
      words: 'A supervisor can correct a missed clocking; no process to delete a template while still employed.',
      note: 'Anyone who withdraws consent needs an alternative way of clocking in.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'The template is deleted on the last working day.',
      note: 'Ask SecuTime for proof of deletion from the terminals as well as the server.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'no',
      words: '"No."',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'Not done; the system has been running since 2021.',
    },
    'union-representativeness': {
      status: 'answered',
      choice: 'majority',
      words: 'As for VoiceIQ: majority accepted.',
    },
    'union-information': {
      status: 'partly',
      choice: 'yes',
      words: 'The union received the supplier\'s brochure when the system was introduced in 2021.',
    },
    consultation: {
      status: 'refused',
      words: '"The system has been running since 2021. There is nothing to consult on."',
    },
    'workplace-forum': {
      status: 'answered',
      choice: 'no-forum',
      words: 'No workplace forum.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: '"The system works; no review is planned."',
    },
  },
};

const example: Example = {
  key: 'za',
  id: 'example-za',
  meta: {
    union: "Contact Centre and Telecommunications Workers' Union",
    employer: 'Khanyisa Contact Solutions (Pty) Ltd',
    workplace: 'Umhlanga contact centre, Durban',
    date: '2026-11-24',
    round: 'Second meeting',
    present:
      'Union: Thandeka Mkhize (branch organiser), Sipho Ndlovu and Ayesha Patel (shop stewards). Management: Johan van der Merwe (head of operations), Nomvula Dlamini (HR manager), Priya Naidoo (information officer).',
  },
  systems: [zaSpeechAnalytics, zaScheduling, zaClockIn],
};

export default example;
