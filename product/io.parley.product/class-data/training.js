// Class-data training (run by the product's build, not shipped): what scripts and the command-line
// tools commonly do, on the sample workspace, so that the class-data archive the build writes from this
// run holds the classes of a check, a personalized batch and an export.

const kinds = ['.campaign.json', '.audience.json', '.template.json', '.flow.json', '.budget.json', '.prospects.csv'];
const files = kinds.flatMap((kind) => parley.list(kind));
let findings = 0;
for (const file of files) findings += parley.validateFile(file).length;
const messages = parley.writeCsv('training.csv', parley.personalize('webinar-invitation.template.json', 'marketing-leaders.prospects.csv'),
  ['row', 'subject', 'prospect.firstName']);
let rendered = 0;
for (const prospect of parley.prospects('marketing-leaders.prospects.csv')) {
  rendered += parley.render('Hi %FIRSTNAME% at %COMPANYNAME%', prospect.fields).length;
}
const exported = parley.exportCampaign('cmo-outreach.campaign.json', 'csv', 'training-export');
console.log(`${files.length} files checked (${findings} findings), ${messages} messages, ${rendered} characters rendered, ${exported.length} files exported`);
