// `sopctl serve --allow act` on the fixture repository, used in Chromium
// as a person of the roster would: a Tidak with a note at the decision, a
// step advanced, a note added, each through its form; a role the person
// does not hold refused with its reason; a form drawn before the file
// changed refused with 409; and, behind a proxy's header (--user-header),
// the person the header names. Each successful action is exactly one
// commit, and `sopctl verify` passes at the end.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildFixture, drafts, hotma, rina, sopInForce } from './fixture.mjs';
import {
  git,
  guardedPage,
  launchBrowser,
  scratch,
  screenshot,
  sopctl,
  startServe,
  stylesApplied,
} from './helpers.mjs';

let work;
let repo;
let browser;
const offsite = [];

const commits = () => Number(git(repo, ['rev-list', '--count', 'HEAD']));
const draftFile = (id) => path.join(repo, 'sops', `${id}.yaml`);

// The text of the element `selector` as shown (innerText: cells apart),
// spaces squeezed.
const textOf = (page, selector) =>
  page.$eval(selector, (node) => node.innerText.replace(/\s+/g, ' ').trim());

// Fills `form` (its `peran` when a select, `keputusan`, `catatan`) and
// submits it with its button, as a person would; returns the response of
// the page it led to and the statuses on the way (the 303 of a success).
async function submit(page, form, { peran, keputusan, catatan } = {}) {
  if (peran && (await page.$(`${form} select[name="peran"]`))) {
    await page.select(`${form} select[name="peran"]`, peran);
  }
  if (keputusan) await page.click(`${form} input[name="keputusan"][value="${keputusan}"]`);
  if (catatan) await page.type(`${form} textarea[name="catatan"]`, catatan);
  const button = `${form} button[type="submit"], ${form} input[type="submit"], ${form} button:not([type])`;
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(button)]);
  const chain = response.request().redirectChain().map((request) => request.response()?.status());
  return { status: response.status(), chain, url: response.url() };
}

// A guarded page on the server at `base`: any request elsewhere is recorded.
async function serverPage(base) {
  const origin = new URL(base).origin;
  return guardedPage(
    browser,
    (url) => url.startsWith(`${origin}/`) || url.startsWith('data:') || url === 'about:blank',
    offsite,
  );
}

describe('sopctl serve --allow act in Chromium', () => {
  let server;
  let base;
  let page;
  let before0;
  let actions = 0; // successful actions: each must be one commit
  let proxied; // the server behind a proxy's header

  before(async () => {
    work = scratch('serve');
    repo = buildFixture(path.join(work, 'repo'));
    before0 = commits();
    // No identity given: serve acts as the repository's git identity, Hotma.
    server = await startServe(repo, ['--allow', 'act', '--port', '0']);
    base = server.url;
    assert.match(base, /^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+\/$/);
    browser = await launchBrowser();
    page = await serverPage(base);
  });

  after(async () => {
    if (browser) await browser.close();
    if (server) await server.stop();
    if (proxied) await proxied.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test('the pages are served live, a draft page with its forms', async () => {
    let response = await page.goto(base, { waitUntil: 'load' });
    assert.equal(response.status(), 200);
    await screenshot(page, 'serve-register');
    assert.ok(await stylesApplied(page), 'the style sheet was not applied');
    assert.ok(await page.$(`a[href$="sop/${sopInForce.id}.html"]`), 'the register lists the SOP in force');

    response = await page.goto(`${base}konsep/${drafts.decision.id}.html`, { waitUntil: 'load' });
    assert.equal(response.status(), 200);
    await screenshot(page, 'serve-draft-forms');
    const form = await page.$eval('form#advance', (f) => ({
      method: f.method,
      action: new URL(f.action).pathname,
      draft: f.querySelector('[name="draft"]')?.value,
      hash: f.querySelector('[name="hash"]')?.value,
      choices: [...f.querySelectorAll('input[name="keputusan"]')].map((radio) => radio.value),
      note: !!f.querySelector('textarea[name="catatan"]'),
    }));
    assert.deepEqual(
      { ...form, hash: /^[0-9a-f]{64}$/.test(form.hash) },
      {
        method: 'post',
        action: '/aksi/maju',
        draft: drafts.decision.id,
        hash: true,
        choices: ['ya', 'tidak'],
        note: true,
      },
    );
    assert.ok(await page.$('form#note textarea[name="catatan"]'), 'the draft page has no note form');
  });

  test('a form drawn before its file changed is refused with 409, nothing written', async () => {
    await page.goto(`${base}konsep/${drafts.decision.id}.html`, { waitUntil: 'load' });
    // Someone else notes the draft from the command line meanwhile.
    sopctl(repo, ['note', drafts.decision.id, 'Berkas diperiksa ulang'], rina);
    actions += 1;
    assert.equal(commits(), before0 + actions);
    const bytes = fs.readFileSync(draftFile(drafts.decision.id));

    const answer = await submit(page, 'form#advance', {
      keputusan: 'tidak',
      catatan: 'Catatan yang tidak boleh tercatat',
    });
    assert.equal(answer.status, 409);
    await screenshot(page, 'serve-409');
    assert.match(await textOf(page, 'body'), /Berkas telah berubah/);
    assert.deepEqual(fs.readFileSync(draftFile(drafts.decision.id)), bytes, 'the draft changed');
    assert.equal(commits(), before0 + actions);
  });

  test('a Tidak with a note through the form: one commit, and the history shows it', async () => {
    await page.goto(`${base}konsep/${drafts.decision.id}.html`, { waitUntil: 'load' });
    const answer = await submit(page, 'form#advance', {
      keputusan: 'tidak',
      catatan: 'Waktu pada langkah 3 belum diisi',
    });
    actions += 1;
    assert.deepEqual(answer.chain, [303]);
    assert.equal(answer.status, 200);
    assert.ok(answer.url.endsWith(`konsep/${drafts.decision.id}.html`), answer.url);
    await screenshot(page, 'serve-after-tidak');
    const history = await textOf(page, '#history');
    assert.match(history, /Tidak/);
    assert.match(history, /Waktu pada langkah 3 belum diisi/);
    assert.match(history, /Berkas diperiksa ulang/);
    assert.equal(commits(), before0 + actions);
    assert.match(git(repo, ['log', '-1', '--format=%an %s']), /^Hotma Sitompul advance akta-kelahiran: step 6 Tidak/);
    const status = JSON.parse(sopctl(repo, ['status', drafts.decision.id, '--format', 'json']));
    assert.deepEqual([status.step, status.role, status.round], [5, 'kasi', 3]);
  });

  test('a role the person does not hold is refused with its reason, nothing written', async () => {
    // Step 5 is the Kasi's (Rina); serve acts as Hotma.
    await page.goto(`${base}konsep/${drafts.decision.id}.html`, { waitUntil: 'load' });
    // The page names who acts and warns before the step is tried.
    const viewer = await textOf(page, 'p.viewer');
    assert.match(viewer, /Anda bertindak sebagai Hotma Sitompul\./);
    assert.match(viewer, /Anda tidak memegang peran itu/);
    const bytes = fs.readFileSync(draftFile(drafts.decision.id));
    const answer = await submit(page, 'form#advance', { peran: 'kasi', catatan: 'Saya kerjakan' });
    assert.ok([403, 422].includes(answer.status), `status ${answer.status}`);
    await screenshot(page, 'serve-refusal');
    const text = await textOf(page, 'body');
    assert.match(text, /Hotma Sitompul tidak memegang peran kasi/);
    assert.match(text, /Rina Siregar/);
    assert.deepEqual(fs.readFileSync(draftFile(drafts.decision.id)), bytes, 'the draft changed');
    assert.equal(commits(), before0 + actions);
  });

  test('a step advanced and a note added through their forms, one commit each', async () => {
    await page.goto(`${base}konsep/${drafts.noClock.id}.html`, { waitUntil: 'load' });
    let answer = await submit(page, 'form#advance', { peran: 'sekretaris', catatan: 'Paraf koordinasi diberikan' });
    actions += 1;
    assert.deepEqual(answer.chain, [303]);
    let history = await textOf(page, '#history');
    assert.match(history, /Paraf koordinasi diberikan/);
    assert.equal(commits(), before0 + actions);
    assert.match(git(repo, ['log', '-1', '--format=%s']), /advance kartu-keluarga: step 7 done by sekretaris/);

    await page.goto(`${base}konsep/${drafts.late.id}.html`, { waitUntil: 'load' });
    answer = await submit(page, 'form#note', { catatan: 'Mohon segera diproses' });
    actions += 1;
    assert.deepEqual(answer.chain, [303]);
    history = await textOf(page, '#history');
    assert.match(history, /Mohon segera diproses/);
    assert.equal(commits(), before0 + actions);
  });

  test('each successful action made exactly one commit, and verify passes', () => {
    assert.equal(commits(), before0 + actions);
    assert.equal(actions, 4);
    assert.equal(git(repo, ['status', '--porcelain']), '');
    assert.match(sopctl(repo, ['verify']), /the history is intact/);
    assert.match(sopctl(repo, ['verify', '--git']), /every event was committed by its own person/);
  });

  test('behind a proxy, --user-header names the person: none 401, one not on the roster may look but not act (403), the wrong role refused', async () => {
    await server.stop();
    server = null;
    proxied = await startServe(repo, ['--allow', 'act', '--port', '0', '--user-header', 'X-Remote-User']);
    const proxyPage = await serverPage(proxied.url);
    const draftPage = `${proxied.url}konsep/${drafts.decision.id}.html`;
    let response = await proxyPage.goto(proxied.url, { waitUntil: 'load' });
    assert.equal(response.status(), 401);
    const start = commits();

    // Someone the proxy let in but not on the roster may look, not act.
    await proxyPage.setExtraHTTPHeaders({ 'X-Remote-User': 'Orang Lain' });
    response = await proxyPage.goto(draftPage, { waitUntil: 'load' });
    assert.equal(response.status(), 200);
    let answer = await submit(proxyPage, 'form#advance', { peran: 'kasi', catatan: 'Bukan pegawai' });
    assert.equal(answer.status, 403);
    assert.match(await textOf(proxyPage, 'body'), /"Orang Lain" tidak ada dalam daftar pegawai/);
    assert.equal(commits(), start);

    // Rina, named by her email, does step 5 (kasi) of the draft.
    await proxyPage.setExtraHTTPHeaders({ 'X-Remote-User': rina.email });
    await proxyPage.goto(draftPage, { waitUntil: 'load' });
    answer = await submit(proxyPage, 'form#advance', { peran: 'kasi', catatan: 'Konsep diperbaiki' });
    assert.deepEqual(answer.chain, [303]);
    assert.equal(commits(), start + 1);
    const events = JSON.parse(sopctl(repo, ['log', drafts.decision.id, '--format', 'json'])).events;
    const last = events[events.length - 1];
    assert.deepEqual([last.event, last.step, last.by, last.note], ['completed', 5, rina.name, 'Konsep diperbaiki']);

    // Step 6 is the Kabid's: Rina is refused.
    answer = await submit(proxyPage, 'form#advance', { keputusan: 'ya' });
    assert.ok([403, 422].includes(answer.status), `status ${answer.status}`);
    assert.match(await textOf(proxyPage, 'body'), /Rina Siregar tidak memegang peran kabid/);
    assert.equal(commits(), start + 1);
  });

  test('the action of the person the header names is committed as theirs, so verify --git passes', () => {
    const author = git(repo, ['log', '-1', '--format=%an <%ae>', '--fixed-strings', '--grep=Konsep diperbaiki']);
    assert.equal(author, `${rina.name} <${rina.email}>`);
    assert.match(sopctl(repo, ['verify', '--git']), /every event was committed by its own person/);
  });

  test('no page made a request beyond the server or raised a script error', () => {
    assert.deepEqual(offsite, []);
  });
});
