// Type declarations for Parley automation scripts (parley run SCRIPT.js, or the studio's Scripts view).
// Point your editor at this file (e.g. a jsconfig.json with "include": ["parley.d.ts", "*.js"]) to get
// completion and type checks. Values are plain JSON objects: nothing here is a Java object.
//
// A script may read the workspace's files only (load(), import, require) and writes them only through
// parley.save, parley.writeText and parley.exportCampaign, which appear when the script finishes, all
// of them or none: a write that fails fails the whole run, even when the script catches the error.
// A script that uses import/export (or is a .mjs file) runs as an ES module; otherwise as a classic
// script.

/** A finding of the rules, as the Problems view and `parley validate` show it. */
interface Diagnostic {
  ruleId: string;
  severity: 'ERROR' | 'WARNING' | 'INFO';
  /** In the user's words: "Subject is 61 characters; Message Ads allow 60". */
  message: string;
  /** JSON pointer of the field, e.g. "/subject" or "/messages/2/buttons/0/text". */
  path: string;
  /** Code-point range inside the field, or -1. */
  start: number;
  end: number;
  /** 1-based line in the file when known, else 0. */
  line: number;
  column: number;
}

type MessageFormat = 'MESSAGE_AD' | 'CONVERSATION_AD' | 'INMAIL' | 'MESSAGE' | 'CONNECTION_NOTE';

interface CallToAction { text: string; url?: string; leadGenForm?: string; }

interface Template {
  schema: 'parley.template/1';
  name: string;
  format: Exclude<MessageFormat, 'CONVERSATION_AD'>;
  sender?: string;
  subject?: string;
  body: string;
  cta?: CallToAction;
  footer?: string;
  variants?: { name: string; subject?: string; body?: string }[];
  [field: string]: unknown;
}

interface FlowButton { text: string; next?: string; url?: string; leadGenForm?: string; close?: true; }
interface FlowMessage { id: string; text: string; buttons: FlowButton[]; }
interface Flow {
  schema: 'parley.flow/1';
  name: string; sender: string; subject: string; footer?: string; start: string;
  messages: FlowMessage[];
  [field: string]: unknown;
}

/** Any campaign document (audience, budget, campaign too): the fields of the file contract. */
type ParleyDocument = Template | Flow | { schema: string; name: string; [field: string]: unknown };

/** A prospect list row: the CSV's columns by header name. */
interface ProspectRow { row: number; fields: { firstName: string; lastName: string; jobTitle: string; companyName: string; industry: string; [column: string]: string }; }

/**
 * One prospect's message from parley.personalize: the template with its text fields as this
 * prospect reads them (subject, body, ...), the prospect's row and columns, and what the rules
 * of the format found in it.
 */
type PersonalizedMessage = Template & {
  row: number;
  prospect: ProspectRow['fields'];
  problems: Diagnostic[];
};

interface PersonalizeOptions {
  /** The rules to check each message against; the template's own format when absent. */
  format?: Exclude<MessageFormat, 'CONVERSATION_AD'>;
  /** The list's own column for a macro field, as in parley.prospects: `{ firstName: 'Vorname' }`. */
  columns?: { [field: string]: string };
}

/**
 * Messages made one at a time, in Java, as they are asked for: iterate them once (for...of), or
 * hand them to parley.writeCsv / writeJson, which write every one without it reaching the script.
 */
interface PersonalizedMessages extends IterableIterator<PersonalizedMessage> {
  /** Messages made so far (all of them, once iterated or written). */
  readonly count: number;
  /** Of those, the ones with an error. */
  readonly withErrors: number;
}

/**
 * The values a writer puts in a file: names or dotted paths in each row ('subject',
 * 'prospect.firstName'), which are also the headers; or `{ Header: 'path' }` to name them.
 */
type Columns = string[] | { [header: string]: string };

interface Range { low: number; high: number; }
interface DayFigures { day: string; sends: number; opens: number; clicks: number; leads: number; spend: number; }
interface FigureAgainstForecast { name: string; low: number; high: number; actual: number; verdict: 'below' | 'within' | 'above' | 'not reported'; }
interface CampaignResults {
  /** The report read: a Campaign Manager export (CSV) or an adAnalytics response (JSON) the campaign names in "results". */
  file: string; reporter: string; currency: string; period: string;
  /** The figures the report has; the others read 0 because they were not reported. */
  reported: Array<'sends' | 'opens' | 'clicks' | 'leads' | 'spend'>;
  days: DayFigures[]; total: DayFigures;
  /** Where the forecast's rates come from: "the rule set's benchmarks" or "observed in webinar-q4, 2026-12". */
  rates: string;
  /** Each figure against the forecast for the days reported; absent when the campaign's budget makes no forecast. */
  againstForecast?: FigureAgainstForecast[];
}
interface ForecastRequest { budget: number; audience: number; days?: number; format?: MessageFormat; costPerSend?: Range; }
interface Forecast {
  sends: Range; opens: Range; clicks: Range; replies: Range; leads: Range;
  costPerOpen: Range; costPerClick: Range; costPerLead: Range;
  /** True when the budget buys more sends than the audience can receive under the frequency cap. */
  cappedByAudience: boolean;
}
type InMailPlan = 'PREMIUM_CAREER' | 'PREMIUM_BUSINESS' | 'SALES_NAVIGATOR_CORE' | 'RECRUITER_LITE' | 'RECRUITER';
interface CreditPlanRequest { plan: InMailPlan; planned: number[]; responseRate?: number; }
interface CreditMonth { month: number; allotted: number; refunded: number; available: number; sent: number; refused: number; balance: number; }
interface CalendarRequest {
  prospects: number[]; start: string; monthlyCredits?: number[];
  /** Send days, e.g. ['TUESDAY', 'WEDNESDAY']; the rule set's preferred days when absent. */
  days?: string[];
  /** Sending hours; the rule set's business hours when absent. */
  hours?: { from: number; until: number };
}
interface ScheduledSend { prospect: number; at: string; }

interface Parley {
  /** The script's arguments after the script name. */
  readonly args: readonly string[];
  /** Paths (relative to the workspace) of its files ending with a suffix, e.g. '.template.json'. */
  list(suffix?: string): string[];
  /** A new document of a kind, with the starting content the studio's New wizard gives it and `fields` on top. */
  create(kind: 'campaign' | 'audience' | 'template' | 'flow' | 'budget', fields?: Partial<ParleyDocument>): ParleyDocument;
  /** Reads a document of the workspace (NAME.KIND.json, a plugin's kinds too); throws with file:line:column when it cannot. */
  load(path: string): ParleyDocument;
  /**
   * Writes a document; the files appear in the workspace only when the script finishes. The name
   * says the kind (NAME.KIND.json) and the document must be of that kind (its "schema").
   */
  save(path: string, document: ParleyDocument): void;
  /** Checks a template or flow object against the rules of its format. */
  validate(document: Template | Flow, format?: MessageFormat): Diagnostic[];
  /** Checks a file of the workspace as the studio does (with its prospect list's worst case). */
  validateFile(path: string): Diagnostic[];
  /** The text as one prospect reads it (macros such as %FIRSTNAME% replaced). */
  render(text: string, prospect: ProspectRow['fields'] | { [column: string]: string }): string;
  /**
   * A prospect list, row by row (a million rows need no more memory than one), read as the studio
   * reads it (Connections.csv, semicolons, Windows-1252; columns named "First Name" or "Position" fill
   * the macro fields by themselves). `columns` names the list's own column for a macro field, as an
   * audience's `prospectColumns`: `{ firstName: 'Vorname' }`. An Excel workbook (`x.prospects.xlsx`) is
   * read from its first sheet, or from the one `sheet` names, as an audience's `prospectSheet`.
   */
  prospects(path: string, columns?: { [field: string]: string }, sheet?: string): IterableIterator<ProspectRow>;
  /**
   * The template (an object, or the path of a template file) as each prospect of the list reads it,
   * checked against the rules of its format: rendered lazily, in Java, row by row, so a million
   * prospects need no more memory than one.
   */
  personalize(template: Template | string, prospects: string, options?: PersonalizeOptions): PersonalizedMessages;
  /**
   * Streams rows into a CSV file (header: the columns' names) and returns how many it wrote; it
   * appears when the script finishes. Rows are parley.personalize's messages (then no message
   * crosses into JavaScript), an array or any iterable of objects.
   */
  writeCsv(path: string, rows: Iterable<object>, columns: Columns): number;
  /** As writeCsv, into a JSON array with a row a line: each row whole, or only the columns. */
  writeJson(path: string, rows: Iterable<object>, columns?: Columns): number;
  /** What a campaign did, read from the results file it names, day by day and against its forecast. */
  results(campaign: string): CampaignResults;
  /** Budget forecast as ranges, under the frequency cap. */
  forecast(request: ForecastRequest): Forecast;
  /** InMail credits month by month under the plan's allotment and rollover cap; `refused` > 0 shows a shortfall. */
  creditPlan(request: CreditPlanRequest): CreditMonth[];
  /** Writes a text file (CSV, report); it appears in the workspace when the script finishes. */
  writeText(path: string, content: string): void;
  /** Dated sends on preferred days and hours that keep to the weekly and credit limits. */
  calendar(request: CalendarRequest): ScheduledSend[];
  /** Exports a campaign file with an exporter ("linkedin-api", ...) into a folder; returns the file names. */
  exportCampaign(campaign: string, exporter: string, outputFolder: string): string[];
  /** Shows progress of a long batch on stderr: count, rate and time left. */
  progress(done: number, total?: number): void;
}

/** A step of a sequence: a touch, the message it sends, and the outcome of the step it follows. */
interface SequenceStep {
  id: string;
  touch: 'CONNECTION_NOTE' | 'MESSAGE' | 'INMAIL' | 'MESSAGE_AD' | 'CONVERSATION_AD' | 'TASK';
  /** The template (or, for a Conversation Ad, the flow) it sends, relative to the sequence. */
  message?: string;
  /** What a task asks for ("Sales call"). */
  task?: string;
  /** The step it follows and the outcome it waits for; afterDays for NOT_ACCEPTED and NO_REPLY. */
  follows?: { step: string; outcome: 'ACCEPTED' | 'NOT_ACCEPTED' | 'REPLIED' | 'NO_REPLY' | 'CLICKED' | 'DONE'; afterDays?: number };
  /** Days from the outcome to this step. */
  waitDays?: number;
  /** For a sponsored step, the campaign the sequence's export writes for the Marketing API. */
  campaign?: string;
}
interface Sequence {
  schema: 'parley.sequence/1'; name?: string; recipients?: 'prospects' | 'connections';
  prospects?: string; size?: number; start?: string; senderAccount?: string; inMailPlan?: string;
  pace?: { invitationsPerWeek?: number; messagesPerDay?: number };
  steps: SequenceStep[];
}
interface PlanRequest {
  sequence: Sequence;
  /** The people, as parley.prospects gives their fields; or a number of people. */
  people?: Array<ProspectRow['fields'] | { [column: string]: string }>;
  size?: number;
  /** 'YYYY-MM-DD'; the sequence's start, or today. */
  start?: string;
}
/** The figures `parley plan --format json` prints. */
interface SequencePlan {
  sequence: string; people: number; start: string; end: string;
  steps: Array<{ id: string; touch: string; label: string; condition: string; day: number; people: { low: number; high: number } }>;
  days: Array<{ date: string; touches: { [step: string]: number } }>;
  inMailCredits?: { plan: string; label: string;
    months: Array<{ month: number; available: number; planned: number; sent: number; refused: number; balance: number }> };
}

declare const parley: Parley;

/** Added to parley by the Sequences plugin (io.parley.sequences), as plugins add functions. */
interface Parley {
  /** A new sequence document: the studio's starting content with `fields` on top; throws for a step it cannot read. */
  sequence(fields: Partial<Sequence>): Sequence;
  /** The sequence planned for people from a start: ranges per step, the calendar and the InMail credits. */
  plan(request: PlanRequest): SequencePlan;
}
/** console.log writes to stdout (the studio's Console view); warn and error go to stderr, prefixed. */
interface Console {
  log(...values: unknown[]): void;
  warn(...values: unknown[]): void;
  error(...values: unknown[]): void;
}

declare const console: Console;
/**
 * Loads another script of the workspace by its path from the workspace folder ('lib/segments.js';
 * CommonJS: it sets module.exports), once per run, or a module a plugin contributes by name.
 */
declare function require(path: string): any;
declare const module: { exports: any };
