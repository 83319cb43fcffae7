// Sequences per segment
// Seed 002's workflow for each industry of a prospect list: a connection note, a message once they
// accept, and InMail to those who did not accept within 14 days, each planned within LinkedIn's limits.
//   parley run sequence-per-segment.js --workspace DIR [PROSPECTS.csv] [START]

const list = parley.args[0] || 'marketing-leaders.prospects.csv';
const start = parley.args[1] || '2027-01-05';
const columns = ['firstName', 'lastName', 'jobTitle', 'companyName', 'industry'];
const quote = (text) => `"${String(text || '').replace(/"/g, '""')}"`;
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'other';

const segments = new Map();
for (const prospect of parley.prospects(list)) {
  const industry = prospect.fields.industry || 'Other';
  if (!segments.has(industry)) {
    segments.set(industry, []);
  }
  segments.get(industry).push(prospect.fields);
}

for (const [industry, people] of segments) {
  const name = `${slug(industry)}-outreach`;
  parley.writeText(`${name}.prospects.csv`,
    [columns.join(','), ...people.map((p) => columns.map((c) => quote(p[c])).join(','))].join('\n') + '\n');
  const sequence = parley.sequence({
    name: `${industry} outreach`, prospects: `${name}.prospects.csv`, start, senderAccount: 'PREMIUM', inMailPlan: 'PREMIUM_BUSINESS',
    steps: [
      { id: 'invite', touch: 'CONNECTION_NOTE', message: 'connection-note.template.json' },
      { id: 'thank', touch: 'MESSAGE', message: 'thanks-for-connecting.template.json',
        follows: { step: 'invite', outcome: 'ACCEPTED' }, waitDays: 1 },
      { id: 'inmail', touch: 'INMAIL', message: 'cmo-outreach.template.json',
        follows: { step: 'invite', outcome: 'NOT_ACCEPTED', afterDays: 14 } },
    ],
  });
  parley.save(`${name}.sequence.json`, sequence);
  const plan = parley.plan({ sequence, people, start });
  const steps = plan.steps.map((s) => `${s.id} ${s.people.low}-${s.people.high}`).join(', ');
  console.log(`${name}.sequence.json: ${plan.people} people, ${steps}, ${plan.start} to ${plan.end}`);
}
