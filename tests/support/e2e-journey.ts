/**
 * Journeys through the built app for the end-to-end tests, written the way a person uses it:
 * elements are found by role and accessible name, in the interface texts of locales/, and
 * answers are given with the keyboard. Nothing here reaches into the app's own code; only the
 * registry's data (which country brings which layers) is read, to know what to pick.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { LAYERS } from '../../flows/index.ts';
import { COUNTRIES, OTHER_COUNTRIES_LAYER } from '../../flows/regions.ts';
import { jurisdictionKey } from '../../src/engine/layers.ts';
import { readLocale } from './locales.ts';

export type { Language } from '../../src/engine/negotiation.ts';
import { LANGUAGE_TAGS, type Language } from '../../src/engine/negotiation.ts';
import { escapeRegExp } from './reg-exp.ts';
/** A jurisdiction key: `eu`, `za`, `eu+eu-de`. */
export type FlowId = string;
export type Status = 'answered' | 'partly' | 'refused' | 'unknown' | 'follow-up' | 'not-applicable';

// ── Interface texts ────────────────────────────────────────────────────────────────────────

const cache = new Map<string, Record<string, unknown>>();

function resource(language: Language, namespace: string): Record<string, unknown> {
  const key = `${language}/${namespace}`;
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = readLocale(language, namespace);
    cache.set(key, loaded);
  }
  return loaded;
}

/**
 * A text of the interface or the document, as the user sees it: `t('fr', 'nav.next')`,
 * `t('en', 'flow-eu:questions.legal-basis.ask')`, `t('fr', 'clauses:consultation.heading')`.
 * The namespace defaults to `ui`; a `ui` key not found there is looked up in `wizard`, as the
 * app's i18n falls back to it. `{{name}}` placeholders are filled from `values`.
 */
export function t(language: Language, key: string, values: Readonly<Record<string, string | number>> = {}): string {
  const [namespace, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['ui', key];
  const node = [namespace, ...(namespace === 'ui' ? ['wizard'] : [])]
    .map((each) => path.split('.').reduce<unknown>((parent, part) => (typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[part] : undefined), resource(language, each)))
    .find((found) => found !== undefined);
  if (node === undefined) throw new Error(`No text ${language}/${namespace}:${path}`);
  if (typeof node !== 'string') throw new Error(`Text ${language}/${namespace}:${path} is not a string`);
  return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}


/** A regular expression for a text with placeholders, each placeholder captured as `(.+?)`. */
export function textPattern(language: Language, key: string): RegExp {
  const template = t(language, key);
  const escaped = escapeRegExp(template).replace(/\\\{\\\{\w+\\\}\\\}/g, '(.+?)');
  return new RegExp(`^${escaped}$`);
}

export const flowNs = (flow: FlowId) => `flow-${flow}`;
export const questionText = (language: Language, flow: FlowId, questionId: string) => t(language, `${flowNs(flow)}:questions.${questionId}.ask`);
export const optionText = (language: Language, flow: FlowId, questionId: string, option: string) =>
  t(language, `${flowNs(flow)}:questions.${questionId}.options.${option}`);
export const clauseHeading = (language: Language, clauseId: string) => t(language, `clauses:${clauseId}.heading`);

// ── Browser sessions ───────────────────────────────────────────────────────────────────────

export interface AppSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught exceptions and console errors, for failure messages and a clean-run check. */
  readonly problems: string[];
}

export interface SessionOptions {
  /** The browser's language: it decides the interface language on a first visit. */
  readonly locale?: string;
  readonly viewport?: { readonly width: number; readonly height: number };
}

/** A fresh browser context (so a fresh IndexedDB) with one page, not yet on the app. */
export async function newSession(browser: Browser, options: SessionOptions = {}): Promise<AppSession> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  // Fail fast: every step of the app answers in well under a second on this machine.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { context, page, problems };
}

/**
 * The page's main heading, found by role. `name` is the step's title: on a question the
 * heading's accessible name starts with the system and the position ("RotaMax · Collection ·
 * question 3 of 23: <question>"), so the title is matched as the end of the name.
 */
export function mainHeading(page: Page, name?: string): Locator {
  return name === undefined
    ? page.getByRole('main').getByRole('heading', { level: 1 })
    : page.getByRole('main').getByRole('heading', { level: 1, name: new RegExp(`^(.+: )?${escapeRegExp(name).replace(/\s+/g, '\\s+')}$`) });
}

/** The title of the step on screen, without the system and position a question's heading starts with. */
export async function stepTitle(page: Page): Promise<string> {
  return (await page.getByRole('main').locator('h1 .step__title').textContent()) ?? '';
}

export async function waitForHeading(page: Page, name: string): Promise<void> {
  await mainHeading(page, name).waitFor({ state: 'visible' });
}

/** Opens the app and waits for the home page in `language`. */
export async function openHome(page: Page, url: string, language: Language): Promise<void> {
  await page.goto(url);
  await waitForHeading(page, t(language, 'home.title'));
}

/** Changes the interface language with the header's select, and waits for the new texts. */
export async function switchInterfaceLanguage(page: Page, from: Language, to: Language): Promise<void> {
  await page.getByRole('combobox', { name: t(from, 'header.language'), exact: true }).selectOption({ label: t(to, `languages.${to}`) });
  await page.getByRole('combobox', { name: t(to, 'header.language'), exact: true }).waitFor();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
}

/** Countries the picker is given where several share a stack: a member state with no overlay of its own, and a country with no layer. */
const COUNTRY_FOR: Readonly<Record<string, string>> = { eu: 'BE', [OTHER_COUNTRIES_LAYER]: 'TH' };
const WORKERS_OVERLAYS: ReadonlySet<string> = new Set(LAYERS.filter((entry) => entry.scope === 'workers').map((entry) => entry.id));

/**
 * Where the picker must be set for a key: the country and, for a country with regions, the
 * overlay that names the place (`us-ny-nyc`), or null for "elsewhere in the country".
 */
function pickerChoice(key: string): { readonly code: string; readonly place?: string | null } {
  const layers = key.split('+').filter((id) => !WORKERS_OVERLAYS.has(id));
  const own = jurisdictionKey(layers);
  const chosen = COUNTRY_FOR[own] ?? COUNTRIES.find((choice) => jurisdictionKey(choice.layers) === own)?.country;
  const country = COUNTRIES.find((choice) => choice.country === chosen);
  if (chosen && !country?.regions) return { code: chosen };
  if (country) return { code: country.country, place: null };
  const withRegion = COUNTRIES.find((choice) => choice.regions?.some((region) => jurisdictionKey([...choice.layers, ...region]) === own));
  if (!withRegion) throw new Error(`No country to pick for ${key}`);
  return { code: withRegion.country, place: layers.at(-1) ?? null };
}

/**
 * Chooses the country on the home page (typed, then picked from the list with the arrow keys
 * and Enter, named as the browser names it), the place inside it where the law differs (a
 * state, a city, or elsewhere), ticks the workers' overlays of the key (`eu+eu-de+eu-platform`),
 * and starts a new negotiation.
 */
export async function startNegotiation(page: Page, language: Language, key: FlowId | string): Promise<void> {
  const { code, place } = pickerChoice(key);
  const name = await page.evaluate(([lang, country]) => new Intl.DisplayNames([lang], { type: 'region' }).of(country) ?? country, [language, code] as const);
  const field = page.getByRole('combobox', { name: t(language, 'picker.country'), exact: true });
  await field.fill('');
  await field.pressSequentially(name);
  const option = page.getByRole('listbox').getByRole('option', { name, exact: true });
  await option.waitFor();
  // The list is filtered down to the country: the arrow reaches it, Enter chooses it.
  await field.press('ArrowDown');
  if ((await option.getAttribute('aria-selected')) !== 'true') await option.click();
  else await field.press('Enter');
  if (place !== undefined) {
    const places = page.getByRole('group', { name: t(language, 'picker.place', { country: name }), exact: true });
    const label = place === null ? t(language, 'picker.elsewhere', { country: name }) : t(language, `regions.${place}.name`);
    await places.getByRole('radio', { name: label, exact: true }).check();
  }
  for (const id of key.split('+').filter((layer) => WORKERS_OVERLAYS.has(layer))) {
    await page.getByRole('checkbox', { name: t(language, `regions.${id}.ask`), exact: true }).check();
  }
  await page.getByRole('button', { name: t(language, 'home.start'), exact: true }).click();
  await waitForHeading(page, t(language, 'details.title'));
}

export interface Details {
  readonly union: string;
  readonly employer: string;
  readonly workplace?: string;
  /** yyyy-mm-dd */
  readonly date?: string;
  readonly present?: string;
}

/** Fills the details step by typing, and continues to the inventory. */
export async function fillDetails(page: Page, language: Language, details: Details): Promise<void> {
  for (const field of ['union', 'employer', 'workplace', 'present'] as const) {
    const value = details[field];
    if (value === undefined) continue;
    const box = page.getByRole('textbox', { name: t(language, `details.fields.${field}`), exact: true });
    await box.focus();
    await page.keyboard.type(value);
  }
  if (details.date !== undefined) await page.getByLabel(t(language, 'details.fields.date'), { exact: true }).fill(details.date);
  await page.getByRole('button', { name: t(language, 'nav.continue'), exact: true }).press('Enter');
  await waitForHeading(page, t(language, 'inventory.title'));
}

export interface SystemInput {
  readonly name: string;
  readonly vendor?: string;
  readonly category: 'monitoring' | 'hiring' | 'scheduling' | 'performance' | 'biometrics' | 'location' | 'generative-ai' | 'other';
  readonly purpose?: string;
  readonly affected?: string;
}

/** The list of systems on the inventory step, found by its heading. */
export const systemList = (page: Page, language: Language) => page.getByRole('list', { name: t(language, 'inventory.listTitle'), exact: true });

/** A listed system's row, found by its name. */
export const systemRow = (page: Page, language: Language, name: string) => systemList(page, language).getByRole('listitem', { name, exact: true });

/** Adds one system with the "Add a system" form and waits until it is listed as the `number`th. */
export async function addSystem(page: Page, language: Language, system: SystemInput, number: number): Promise<void> {
  const form = page.locator('form').filter({ has: page.getByRole('heading', { name: t(language, 'inventory.addTitle'), exact: true }) });
  const type = async (label: string, value: string | undefined) => {
    if (value === undefined) return;
    await form.getByRole('textbox', { name: label, exact: true }).focus();
    await page.keyboard.type(value);
  };
  await type(t(language, 'system.name'), system.name);
  await type(t(language, 'system.vendor'), system.vendor);
  await form.getByRole('combobox', { name: t(language, 'system.category'), exact: true }).selectOption({ label: t(language, `categories.${system.category}`) });
  await type(t(language, 'system.purpose'), system.purpose);
  await type(t(language, 'system.affected'), system.affected);
  await form.getByRole('button', { name: t(language, 'inventory.add'), exact: true }).press('Enter');
  await systemList(page, language).getByRole('listitem').nth(number - 1).getByRole('heading', { name: system.name, exact: true }).waitFor();
}

/** Leaves the inventory for the first question of the first system. */
export async function startChecklist(page: Page, language: Language, flow: FlowId, firstQuestionId: string): Promise<void> {
  await page.getByRole('button', { name: t(language, 'nav.continue'), exact: true }).press('Enter');
  await waitForHeading(page, questionText(language, flow, firstQuestionId));
}

// ── Questions ──────────────────────────────────────────────────────────────────────────────

export interface AnswerInput {
  readonly status?: Status;
  /** A substantive option of the question, by id. */
  readonly choice?: string;
  readonly words?: string;
  readonly note?: string;
}

export const statusGroup = (page: Page, language: Language) => page.getByRole('group', { name: t(language, 'question.status'), exact: true });
export const choiceGroup = (page: Page, language: Language) => page.getByRole('group', { name: t(language, 'question.choice'), exact: true });
export const wordsBox = (page: Page, language: Language) => page.getByRole('textbox', { name: t(language, 'question.words'), exact: true });
export const noteBox = (page: Page, language: Language) => page.getByRole('textbox', { name: t(language, 'question.note'), exact: true });
export const statusRadio = (page: Page, language: Language, status: Status) =>
  statusGroup(page, language).getByRole('radio', { name: t(language, `status.${status}`), exact: true });

/** Selects a radio button from the keyboard: focus, then Space, as a keyboard user does. */
async function selectWithKeyboard(page: Page, radio: Locator): Promise<void> {
  await radio.focus();
  await page.keyboard.press('Space');
  if (!(await radio.isChecked())) throw new Error(`Space did not select the radio button ${await radio.getAttribute('value')}`);
}

/** Types into a text box from the keyboard and checks that every character arrived. */
async function typeInto(page: Page, box: Locator, text: string): Promise<void> {
  await box.focus();
  const before = await box.inputValue();
  await page.keyboard.type(text);
  const after = await box.inputValue();
  if (after !== before + text) throw new Error(`Typed ${JSON.stringify(text)} but the field holds ${JSON.stringify(after)}`);
}

/**
 * Answers the question on screen from the keyboard: the status first, then the option (which
 * only an answer, in full or in part, can carry).
 */
export async function answerQuestion(page: Page, language: Language, flow: FlowId, questionId: string, answer: AnswerInput): Promise<void> {
  await waitForHeading(page, questionText(language, flow, questionId));
  if (answer.status !== undefined) await selectWithKeyboard(page, statusRadio(page, language, answer.status));
  if (answer.choice !== undefined) {
    const radio = choiceGroup(page, language).getByRole('radio', { name: optionText(language, flow, questionId, answer.choice), exact: true });
    await selectWithKeyboard(page, radio);
  }
  if (answer.words !== undefined) await typeInto(page, wordsBox(page, language), answer.words);
  if (answer.note !== undefined) await typeInto(page, noteBox(page, language), answer.note);
}

/** Presses Tab until `target` has the focus; fails after `maxPresses`. */
export async function tabTo(page: Page, target: Locator, maxPresses = 30): Promise<number> {
  for (let presses = 0; presses <= maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`Tab did not reach the target within ${maxPresses} presses; focus is on ${focused}`);
}

/** True when `locator` is the focused element. */
export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** What identifies the step on screen: its main heading and, on questions, the eyebrow. */
async function stepKey(page: Page): Promise<string> {
  return page.evaluate(() => `${document.querySelector('main h1')?.textContent ?? ''}|${document.querySelector('main .eyebrow')?.textContent ?? ''}`);
}

/** Presses "Save and continue" with the keyboard and waits until another step is shown. */
export async function saveAndContinue(page: Page, language: Language): Promise<void> {
  const before = await stepKey(page);
  await page.getByRole('button', { name: t(language, 'nav.next'), exact: true }).press('Enter');
  await page.waitForFunction(
    (previous) => `${document.querySelector('main h1')?.textContent ?? ''}|${document.querySelector('main .eyebrow')?.textContent ?? ''}` !== previous,
    before,
  );
}

/** Presses "Back" and waits until another step is shown. */
export async function goBack(page: Page, language: Language): Promise<void> {
  const before = await stepKey(page);
  await page.getByRole('main').getByRole('button', { name: t(language, 'nav.back'), exact: true }).press('Enter');
  await page.waitForFunction(
    (previous) => `${document.querySelector('main h1')?.textContent ?? ''}|${document.querySelector('main .eyebrow')?.textContent ?? ''}` !== previous,
    before,
  );
}

/** Answers a question and moves on; the heading of the next question is awaited when given. */
export async function answerAndContinue(
  page: Page,
  language: Language,
  flow: FlowId,
  questionId: string,
  answer: AnswerInput,
  nextQuestionId?: string,
): Promise<void> {
  await answerQuestion(page, language, flow, questionId, answer);
  await saveAndContinue(page, language);
  if (nextQuestionId !== undefined) await waitForHeading(page, questionText(language, flow, nextQuestionId));
}

/** The eyebrow above a question: "<system> · <stage> · question N of M". */
export async function eyebrow(page: Page): Promise<string> {
  return (await page.getByRole('main').locator('.eyebrow').textContent()) ?? '';
}

/**
 * Presses "Save and continue" on every remaining question until the review. Returns the
 * headings passed, so a test can check which questions were on the path.
 */
export async function continueToReview(page: Page, language: Language, maxSteps = 100): Promise<readonly string[]> {
  const reviewTitle = t(language, 'review.title');
  const passed: string[] = [];
  for (let step = 0; step < maxSteps; step += 1) {
    const heading = await stepTitle(page);
    if (heading === reviewTitle) return passed;
    passed.push(heading);
    await saveAndContinue(page, language);
  }
  throw new Error(`The review was not reached after ${maxSteps} steps; last heading: ${passed.at(-1)}`);
}

/** Presses "Save and continue" until the question `questionId` of `system` is shown. */
export async function continueToQuestion(page: Page, language: Language, flow: FlowId, questionId: string, system: string, maxSteps = 60): Promise<void> {
  const wanted = questionText(language, flow, questionId);
  for (let step = 0; step < maxSteps; step += 1) {
    if ((await stepTitle(page)) === wanted && (await eyebrow(page)).startsWith(`${system} · `)) return;
    await saveAndContinue(page, language);
  }
  throw new Error(`Question ${questionId} of ${system} was not reached after ${maxSteps} steps`);
}

/** The overall progress text in the step navigation ("3 of 57 questions answered"). */
export async function progressText(page: Page, language: Language): Promise<string> {
  // The progress bar's label; the folding button of narrow screens says the same in other words.
  const text = await stepsNavigation(page, language).locator('.steps__progress label').textContent();
  return text ?? '';
}

/** Waits for the autosave status to say everything is saved. */
export async function waitUntilSaved(page: Page, language: Language): Promise<void> {
  await page.getByRole('status').filter({ hasText: t(language, 'save.saved') }).waitFor();
}

// ── Review and export ──────────────────────────────────────────────────────────────────────

/** The review table of one system, found by its caption. */
export function reviewTable(page: Page, language: Language, systemName: string): Locator {
  return page.getByRole('table', { name: t(language, 'review.caption', { name: systemName }), exact: true });
}

/** The row of a question in a system's review table. */
export function reviewRow(page: Page, language: Language, flow: FlowId, systemName: string, questionId: string): Locator {
  return reviewTable(page, language, systemName)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: questionText(language, flow, questionId), exact: true }) });
}

export interface DownloadedDocument {
  readonly path: string;
  readonly fileName: string;
}

/** The three documents of the export panel, as `export.kinds.<kind>` in wizard.json names them. */
export const DOCUMENT_KINDS = ['proposal', 'brief', 'letter'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The export panel's button for one kind of document. */
export const documentButton = (page: Page, language: Language, kind: DocumentKind) =>
  page.getByRole('button', { name: t(language, `export.kinds.${kind}.button`), exact: true });

/** The export panel's button for the negotiation file (.json). */
export const negotiationFileButton = (page: Page, language: Language) => page.getByRole('button', { name: t(language, 'export.file.button'), exact: true });

/** The export panel's select for the language of the documents. */
export const documentLanguageSelect = (page: Page, language: Language) => page.getByRole('combobox', { name: t(language, 'export.language'), exact: true });

/**
 * Clicks `button`, saves the download it starts into `directory`, then waits for the export
 * panel's status to say `what` has been downloaded.
 */
async function saveDownload(page: Page, language: Language, button: Locator, what: string, directory: string): Promise<DownloadedDocument> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const failure = await download.failure();
  if (failure) throw new Error(`The download failed: ${failure}`);
  const fileName = download.suggestedFilename();
  const path = join(directory, fileName);
  await download.saveAs(path);
  await page.getByRole('status').filter({ hasText: t(language, 'export.done', { what }) }).waitFor();
  return { path, fileName };
}

/** Goes to the documents step through the step list, unless it is already on screen. */
export async function goToDocuments(page: Page, language: Language): Promise<void> {
  if ((await stepTitle(page)) === t(language, 'documents.title')) return;
  await chooseStep(page, language, t(language, 'steps.documents'));
  await waitForHeading(page, t(language, 'documents.title'));
}

/**
 * Chooses the document language, presses one kind of document's button and saves the .docx in
 * `directory`, going to the documents step first if another step is on screen.
 */
export async function downloadDocument(
  page: Page,
  language: Language,
  documentLanguage: Language,
  kind: DocumentKind,
  directory: string,
): Promise<DownloadedDocument> {
  await goToDocuments(page, language);
  await documentLanguageSelect(page, language).selectOption({ label: t(documentLanguage, `languages.${documentLanguage}`) });
  return saveDownload(page, language, documentButton(page, language, kind), t(language, `export.names.${kind}`), directory);
}

/** Presses "Download the negotiation file (.json)" and saves the file in `directory`. */
export async function downloadNegotiationFile(page: Page, language: Language, directory: string): Promise<DownloadedDocument> {
  await goToDocuments(page, language);
  return saveDownload(page, language, negotiationFileButton(page, language), t(language, 'export.names.file'), directory);
}

/** The document's text as mammoth reads it (body paragraphs and tables). */
export async function docxText(path: string): Promise<string> {
  const { value, messages } = await mammoth.extractRawText({ path });
  const errors = messages.filter((message) => message.type === 'error');
  if (errors.length > 0) throw new Error(`mammoth could not read ${path}: ${errors.map((error) => error.message).join('; ')}`);
  return value;
}

/** Every XML part of the .docx (body, footnotes, properties…), concatenated, for leak checks. */
export async function docxAllParts(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((file) => !file.dir)
      .map((file) => file.async('string')),
  );
  return parts.join('\n');
}

/** A day as the documents write it: "1 December 2026", "1 décembre 2026". */
export function documentDate(language: Language, date: Date | string): string {
  const day = typeof date === 'string' ? new Date(`${date}T12:00:00Z`) : date;
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}

/** Days management is given to answer the information request (docs/architecture.md). */
export const LETTER_RESPONSE_DAYS = 30;

/**
 * The letter's deadline sentence for a letter made at some moment between `from` and `to`
 * (the click and the download): one sentence, or two when the UTC day changed in between.
 */
export function letterDeadlineSentences(language: Language, from: Date, to: Date): readonly string[] {
  const sentence = (moment: Date) => {
    const deadline = new Date(moment);
    deadline.setUTCDate(deadline.getUTCDate() + LETTER_RESPONSE_DAYS);
    return t(language, 'document:letter.deadline', { date: documentDate(language, deadline) });
  };
  return [...new Set([sentence(from), sentence(to)])];
}

const XML_ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const XML_NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * True when `text` is anywhere in a document's XML parts (from `docxAllParts`): as a run of the
 * body, footnotes or properties once XML escapes are undone, or inside the negotiation record
 * the document carries, where JSON escapes it too.
 */
export function partsHold(allParts: string, text: string): boolean {
  const decoded = allParts.replace(XML_ENTITY, (_, decimal: string | undefined, hex: string | undefined, name: string | undefined) =>
    decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : (XML_NAMED[name ?? ''] ?? ''),
  );
  return decoded.includes(text) || decoded.includes(JSON.stringify(text).slice(1, -1));
}

/** The paragraphs of mammoth's text, blank ones left out. */
export function paragraphsOf(text: string): readonly string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

// ── Home page: saved negotiations, files and examples ──────────────────────────────────────

/** The home page's list of negotiations saved on this device. */
export const savedNegotiations = (page: Page, language: Language) => page.getByRole('region', { name: t(language, 'home.savedTitle'), exact: true });

/** The home page's section to open a negotiation file, a .docx made by the tool or an example. */
export const openFileSection = (page: Page, language: Language) => page.getByRole('region', { name: t(language, 'open.title'), exact: true });

/**
 * The file input behind that section's "Open a file…" button. It is hidden (the button opens
 * it), so it has no role or name to find it by; tests hand it files directly.
 */
export const openFileInput = (page: Page, language: Language) => openFileSection(page, language).locator('input[type="file"]');

/** The button that opens the file chooser. */
export const openFileButton = (page: Page, language: Language) => openFileSection(page, language).getByRole('button', { name: t(language, 'open.choose'), exact: true });

/** The steps of an open negotiation; present whenever a negotiation is open. */
export const stepsNavigation = (page: Page, language: Language) => page.getByRole('navigation', { name: t(language, 'steps.label'), exact: true });

/**
 * Chooses a step in the step list by its name (a system's step is named after the system, then
 * its progress), unfolding the list first where it is folded (narrow screens).
 */
export async function chooseStep(page: Page, language: Language, name: string): Promise<void> {
  const steps = stepsNavigation(page, language);
  const toggle = steps.getByRole('button', { name: textPattern(language, 'steps.toggle') });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await steps.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}(\\s|$)`) }).click();
}

/** Leaves the open negotiation for the home page with the header's "All negotiations". */
export async function goToAllNegotiations(page: Page, language: Language): Promise<void> {
  const header = page.getByRole('navigation', { name: t(language, 'header.navLabel'), exact: true });
  await header.getByRole('button', { name: t(language, 'header.home'), exact: true }).click();
  await waitForHeading(page, t(language, 'home.title'));
}

/** Chooses the example of a jurisdiction on the home page, opens it and waits until the negotiation is open. */
export async function openExample(page: Page, language: Language, flow: FlowId): Promise<void> {
  const name = flow.split('+').map((id) => t(language, `regions.${id}.name`)).join(t(language, 'regions.separator'));
  const section = openFileSection(page, language);
  await section.getByRole('combobox', { name: t(language, 'open.exampleLabel'), exact: true }).selectOption({ label: name });
  await section.getByRole('button', { name: t(language, 'open.exampleOpen'), exact: true }).click();
  await stepsNavigation(page, language).waitFor();
}

/** Goes to the review through the step navigation. */
export async function goToReview(page: Page, language: Language): Promise<void> {
  await chooseStep(page, language, t(language, 'steps.review'));
  await waitForHeading(page, t(language, 'review.title'));
}

/**
 * A temporary directory removed by the returned function, unless E2E_KEEP_OUTPUT is set (then
 * its path is printed, to look at the downloaded documents and PDFs by hand).
 */
export function temporaryDirectory(prefix: string): { readonly path: string; readonly remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    remove: () => {
      if (process.env.E2E_KEEP_OUTPUT) console.log(`E2E output kept in ${path}`);
      else rmSync(path, { recursive: true, force: true });
    },
  };
}
