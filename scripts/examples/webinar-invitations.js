// Webinar invitations
// 3 audience segments x 2 subject lines -> Message Ads, budgets and LinkedIn API exports.
//
// Runs where webinar-invitation.template.json is: the studio's sample campaigns by default,
//   ./parley run scripts/examples/webinar-invitations.js     (or --workspace DIR)

const base = parley.load('webinar-invitation.template.json');
const segments = [
  { id: 'cmo', label: 'CMOs', seniorities: ['CXO'], size: 60000 },
  { id: 'vp', label: 'VPs of Marketing', seniorities: ['VP'], size: 120000 },
  { id: 'director', label: 'Marketing directors', seniorities: ['Director'], size: 210000 },
];
const subjects = ['%FIRSTNAME%, join 200+ marketing leaders', 'Pipeline from paid social: 45 minutes'];

let done = 0;
const total = segments.length * subjects.length;
for (const segment of segments) {
  const audience = `webinar-${segment.id}.audience.json`;
  parley.save(audience, {
    schema: 'parley.audience/1', name: `Webinar: ${segment.label}`,
    include: [{ jobFunctions: ['Marketing'] }, { seniorities: segment.seniorities }],
    exclude: { companies: ['Example Corp'] }, estimatedSize: segment.size,
  });
  subjects.forEach((subject, i) => {
    const name = `webinar-${segment.id}-${i === 0 ? 'a' : 'b'}`;
    const template = { ...base, name: `${base.name} (${segment.label}, subject ${i === 0 ? 'A' : 'B'})`, subject };
    const errors = parley.validate(template).filter((d) => d.severity === 'ERROR');
    if (errors.length > 0) {
      throw new Error(`${name}: ${errors.map((d) => d.message).join('; ')}`);
    }
    const forecast = parley.forecast({ budget: 2500, audience: segment.size, days: 21, format: 'MESSAGE_AD' });
    parley.save(`${name}.template.json`, template);
    parley.save(`${name}.budget.json`, {
      schema: 'parley.budget/1', name: `${name} budget`, currency: 'USD', total: 2500,
      costPerSend: { low: 0.5, high: 1.5 }, start: '2026-12-01', end: '2026-12-21',
    });
    parley.save(`${name}.campaign.json`, {
      schema: 'parley.campaign/1', name, format: 'MESSAGE_AD', audience, content: `${name}.template.json`,
      budget: `${name}.budget.json`, sender: base.sender, schedule: { start: '2026-12-01', end: '2026-12-21' },
    });
    console.log(`${name}: ${Math.round(forecast.sends.low)}-${Math.round(forecast.sends.high)} sends, `
      + `$${forecast.costPerClick.low.toFixed(2)}-${forecast.costPerClick.high.toFixed(2)} per click`);
    parley.progress(++done, total);
  });
}
console.log(`${total} campaigns written`);
