// Batch benchmark, whole-batch API
// batch.js's 100,000 InMails (render, check against the InMail rules, write the send list), said
// once: parley.personalize makes and checks each message in Java and parley.writeCsv streams them
// to the file, so no message crosses into JavaScript.

const inMail = {
  name: 'Batch', format: 'INMAIL', sender: 'Dana Whitfield',
  subject: '%FIRSTNAME%, a question about %COMPANYNAME%',
  body: 'Hi %FIRSTNAME%,\n\nTeams at %COMPANYNAME% tell us reporting eats their week. We cut it by 40% for Contoso. Open to a chat?',
};
const messages = parley.personalize(inMail, 'batch.prospects.csv');
parley.writeCsv('batch-out.csv', messages, ['row', 'subject']);
console.log(`${messages.count} messages, ${messages.withErrors} with errors`);
