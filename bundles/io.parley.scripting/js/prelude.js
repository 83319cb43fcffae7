// The script's view of Parley: plain objects in, plain objects out. The host object is captured in
// this closure and removed from the global scope, so scripts cannot reach it or anything Java.
(function (host) {
  'use strict';
  const json = (text) => (text === null || text === undefined ? null : JSON.parse(text));
  const text = (value) => JSON.stringify(value);
  const modules = new Map();
  // parley.personalize's batches by the object the script holds, so that a writer goes through one in Java
  const batches = new WeakMap();
  const rowsOf = (rows) => batches.get(rows) || rows;
  const columnsOf = (columns) => text(columns === undefined ? null : columns);
  // A write that fails fails the whole run, even when the script catches it: the host learns where.
  const writing = (write) => (path, ...rest) => {
    try {
      return write(path, ...rest);
    } catch (e) {
      host.writeFailed(String(path), e !== null && typeof e === 'object' && 'message' in e ? String(e.message) : String(e),
        new Error().stack);
      throw e;
    }
  };

  function requireModule(path) {
    if (!path.endsWith('.js') && !modules.has(path)) {
      const contributed = host.module(path);
      if (contributed !== null) {
        modules.set(path, { exports: contributed });
        return contributed;
      }
    }
    if (!path.endsWith('.js') && !modules.has(path)) {
      throw new Error(`No module '${path}': require loads the workspace's scripts ('./lib.js') and plugins' modules;`
        + " Node's modules such as 'fs' are not there");
    }
    if (!modules.has(path)) {
      const module = { exports: {} };
      modules.set(path, module);
      // load() with a name keeps the required file's own name and line numbers in stack traces
      const body = load({ name: path, script: `(function (module, exports, require) {${host.readScript(path)}\n})` });
      body(module, module.exports, requireModule);
    }
    return modules.get(path).exports;
  }

  const api = {
    /** The script's arguments after the script name. */
    args: Object.freeze(json(host.args())),
    /** Paths of the workspace's files ending with a suffix, e.g. parley.list('.template.json'). */
    list: (suffix) => json(host.list(suffix || '')),
    /** A new document of a kind ('template', 'flow', ...) with its starting content, and fields set on top. */
    create: (kind, fields) => Object.assign(json(host.create(kind)), fields || {}),
    /** Reads a campaign document (NAME.KIND.json) of the workspace. */
    load: (path) => json(host.load(path)),
    /** Writes a document; files are moved into the workspace only when the script finishes. */
    save: writing((path, document) => host.save(path, text(document))),
    /** Checks a template or flow object against the rules of its format: an array of diagnostics. */
    validate: (document, format) => json(host.validate(document, format || document.format || 'CONVERSATION_AD')),
    /** Checks a file of the workspace as the studio does, prospect list worst case included. */
    validateFile: (path) => json(host.validateFile(path)),
    /** The text as one prospect reads it: {firstName, lastName, jobTitle, companyName, industry}. */
    render: (message, prospect) => host.render(message, prospect),
    /**
     * Iterates a prospect list row by row: for (const p of parley.prospects('x.prospects.csv')) ...
     * columns, like an audience's prospectColumns, names the list's column for each macro field;
     * sheet, like its prospectSheet, the sheet of a workbook (x.prospects.xlsx) to read, else the first.
     */
    prospects: (path, columns, sheet) => {
      const cursor = host.prospects(path, text(columns || {}), sheet === undefined || sheet === null ? '' : String(sheet));
      let finished = false;
      // An iterator written out: the interpreter resumes a generator at two to three times the cost.
      return {
        [Symbol.iterator]() {
          return this;
        },
        next() {
          const fields = {};
          const row = finished ? 0 : cursor.next(fields);
          if (row === 0) {
            finished = true;
            return { done: true, value: undefined };
          }
          return { done: false, value: { row, fields } };
        },
        /** Leaving the loop early (break, an error) closes the list. */
        return() {
          if (!finished) {
            finished = true;
            cursor.close();
          }
          return { done: true, value: undefined };
        },
      };
    },
    /**
     * Every prospect's message, rendered and checked in Java one at a time as it is asked for:
     * for (const m of parley.personalize(template, 'x.prospects.csv')) ... or handed whole to writeCsv.
     */
    personalize: (template, prospects, options) => {
      const messages = host.personalize(typeof template === 'string' ? json(host.load(template)) : template,
        String(prospects), text(options || {}));
      let finished = false;
      const batch = {
        [Symbol.iterator]() {
          return this;
        },
        next() {
          const message = finished ? null : messages.nextMessage();
          if (message === null) {
            finished = true;
            return { done: true, value: undefined };
          }
          return { done: false, value: JSON.parse(message) };
        },
        return() {
          if (!finished) {
            finished = true;
            messages.close();
          }
          return { done: true, value: undefined };
        },
        get count() {
          return messages.count();
        },
        get withErrors() {
          return messages.withErrors();
        },
      };
      batches.set(batch, messages);
      return batch;
    },
    /** Streams rows (personalize's messages, an array, any iterable) into a CSV file: its header is the columns. */
    writeCsv: writing((path, rows, columns) => host.writeCsv(path, rowsOf(rows), columnsOf(columns))),
    /** Streams rows into a JSON array, a row a line: each row whole, or only the columns. */
    writeJson: writing((path, rows, columns) => host.writeJson(path, rowsOf(rows), columnsOf(columns))),
    /** What a campaign did, from the results file it names, day by day and against its forecast. */
    results: (campaign) => json(host.results(String(campaign))),
    /** Budget forecast as ranges: {budget, audience, days, format, costPerSend?}. */
    forecast: (request) => json(host.forecast(text(request))),
    /** InMail credits month by month: {plan: 'SALES_NAVIGATOR_CORE', planned: [sends per month], responseRate}. */
    creditPlan: (request) => json(host.creditPlan(text(request))),
    /** Writes a text file (a CSV, a report); like save, it appears when the script finishes. */
    writeText: writing((path, content) => host.writeText(path, String(content))),
    /** Dated sends that keep to the caps: {prospects: [rows], start: 'YYYY-MM-DD', monthlyCredits?}. */
    calendar: (request) => json(host.calendar(text(request))),
    /** Exports a campaign file of the workspace: exporter id ('linkedin-api') and output folder. */
    exportCampaign: writing((campaign, exporter, outputFolder) => json(host.exportCampaign(campaign, exporter, outputFolder))),
    /** Reports progress of a long batch on stderr (count, rate, time left). */
    progress: (done, total) => host.progress(done, total || 0),
  };
  // Functions plugins add (io.parley.scripting.modules, "functions"): plain objects in and out, as JSON text in between.
  for (const [name, module] of Object.entries(json(host.functions()))) {
    if (!(name in api)) {
      api[name] = (request) => json(requireModule(module)[name](text(request === undefined ? null : request)));
    }
  }
  const parley = Object.freeze(api);

  const console = Object.freeze({
    log: (...values) => host.print('log', values.map(String).join(' ')),
    warn: (...values) => host.print('warning', values.map(String).join(' ')),
    error: (...values) => host.print('error', values.map(String).join(' ')),
  });

  Object.defineProperty(globalThis, 'parley', { value: parley });
  Object.defineProperty(globalThis, 'console', { value: console });
  Object.defineProperty(globalThis, 'require', { value: requireModule });
})(globalThis.__parleyHost);
delete globalThis.__parleyHost;
