// Qualification flow
// Builds a Conversation Ad from a table of qualification questions and answers.

const questions = [
  { id: 'size', text: 'Hi %FIRSTNAME%, how big is the marketing team at %COMPANYNAME%?',
    answers: [['Under 10', 'small'], ['10 to 50', 'mid'], ['Over 50', 'large']] },
  { id: 'small', text: 'Small teams win with templates. Want our starter kit?', offer: ['Get the kit', 'https://example.com/kit'] },
  { id: 'mid', text: 'Teams your size save a day a week on reporting. See how?', form: ['Book a demo', 'Demo request form'] },
  { id: 'large', text: 'For large teams we run a tailored workshop. Interested?', form: ['Talk to us', 'Enterprise form'] },
];

const messages = questions.map((q) => {
  const buttons = [];
  (q.answers || []).forEach(([text, next]) => buttons.push({ text, next }));
  if (q.offer) buttons.push({ text: q.offer[0], url: q.offer[1] });
  if (q.form) buttons.push({ text: q.form[0], leadGenForm: q.form[1] });
  buttons.push({ text: q.id === 'size' ? 'Not interested' : 'Maybe later', close: true });
  return { id: q.id, text: q.text, buttons };
});

const flow = {
  schema: 'parley.flow/1', name: 'Qualification by team size', sender: parley.args[0] || 'Dana Whitfield',
  subject: '%FIRSTNAME%, a quick one about your team', footer: 'Example Corp', start: 'size', messages,
};
const findings = parley.validate(flow);
findings.forEach((d) => console.warn(`${d.severity} ${d.path}: ${d.message}`));
if (findings.some((d) => d.severity === 'ERROR')) {
  throw new Error('the flow has errors; nothing was written');
}
parley.save('qualification.flow.json', flow);
console.log(`qualification.flow.json: ${messages.length} messages`);
