// `sopctl site build` for the fixture repository, opened from file:// in
// Chromium: the register, the dashboard's late-first order, a person's
// desk, a draft's history, the search, every link, and the public site.
// No page may make a request beyond file:// (the site is published as
// plain files and must fetch nothing).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildFixture, drafts, hotma, rina, sopInForce } from './fixture.mjs';
import {
  guardedPage,
  launchBrowser,
  scratch,
  screenshot,
  sopctl,
  stylesApplied,
} from './helpers.mjs';

let work;
let site; // the full site
let publicSite; // the --public site
let browser;
let page;
const offsite = [];

const fileOnly = (url) => url.startsWith('file:') || url.startsWith('data:') || url === 'about:blank';

// Opens a page of a site (`root`, relative `file`) and waits until loaded.
async function open(root, file) {
  const response = await page.goto(pathToFileURL(path.join(root, file)).href, {
    waitUntil: 'load',
  });
  assert.ok(response === null || response.ok(), `${file} did not load`);
}

// The text of the element `selector` as shown (innerText: cells apart),
// spaces squeezed.
async function textOf(selector) {
  return page.$eval(selector, (node) => node.innerText.replace(/\s+/g, ' ').trim());
}

// The ids (data-draft) of the rows of `table`, in page order, with their class.
async function draftRows(table) {
  return page.$$eval(`${table} tr[data-draft]`, (rows) =>
    rows.map((row) => ({
      id: row.dataset.draft,
      late: row.classList.contains('late'),
      text: row.innerText.replace(/\s+/g, ' ').trim(),
    })),
  );
}

// Every file under `root`, relative, with `/` separators.
function filesUnder(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

// Types `term` into cari.html's box and returns the hits' [text, href].
async function search(root, term, expectHref) {
  await open(root, 'cari.html');
  await page.type('input#search', term);
  if (expectHref) {
    await page
      .waitForFunction(
        (href) => [...document.querySelectorAll('ul#results li a')].some((a) => a.href.endsWith(href)),
        { timeout: 5000 },
        expectHref,
      )
      .catch(() => {});
  } else {
    await new Promise((done) => setTimeout(done, 500));
  }
  return page.$$eval('ul#results li a', (links) =>
    links.map((a) => [a.textContent.replace(/\s+/g, ' ').trim(), a.href]),
  );
}

describe('the static site in Chromium', () => {
  before(async () => {
    work = scratch('site');
    const repo = buildFixture(path.join(work, 'repo'));
    site = path.join(work, 'site');
    publicSite = path.join(work, 'public');
    sopctl(repo, ['site', 'build', '--out', site]);
    sopctl(repo, ['site', 'build', '--out', publicSite, '--public']);
    browser = await launchBrowser();
    page = await guardedPage(browser, fileOnly, offsite);
  });

  after(async () => {
    if (browser) await browser.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test('the register lists the SOP in force and links its page, document and PDF', async () => {
    await open(site, 'index.html');
    await screenshot(page, 'site-register');
    assert.ok(await stylesApplied(page), 'the style sheet was not applied');
    assert.equal(await page.$eval('html', (html) => html.lang), 'id');
    const link = await page.$(`a[href$="sop/${sopInForce.id}.html"]`);
    assert.ok(link, `index.html has no link to sop/${sopInForce.id}.html`);
    const row = await link.evaluate((a) =>
      (a.closest('tr, li') || a.parentElement).innerText.replace(/\s+/g, ' '),
    );
    assert.match(row, new RegExp(sopInForce.name, 'i'));
    assert.match(row, new RegExp(`\\b${sopInForce.number}\\b`));
    for (const draft of Object.values(drafts)) {
      assert.equal(
        await page.$(`a[href$="sop/${draft.id}.html"]`),
        null,
        `the register lists the draft ${draft.id} as an SOP`,
      );
    }

    await Promise.all([page.waitForNavigation(), link.click()]);
    assert.ok(page.url().endsWith(`sop/${sopInForce.id}.html`), page.url());
    const sopPage = await textOf('body');
    assert.match(sopPage, new RegExp(sopInForce.name, 'i'));
    assert.ok(sopPage.includes(sopInForce.signer), `the SOP's page does not name its signer`);
    assert.ok(await page.$(`a[href="../dokumen/${sopInForce.id}.html"]`), 'no link to its document');
    assert.ok(await page.$(`a[href="../dokumen/${sopInForce.id}.pdf"]`), 'no link to its PDF');
    const pdf = fs.readFileSync(path.join(site, 'dokumen', `${sopInForce.id}.pdf`));
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');

    await Promise.all([page.waitForNavigation(), page.click(`a[href="../dokumen/${sopInForce.id}.html"]`)]);
    assert.match(await textOf('body'), new RegExp(sopInForce.name, 'i'));
  });

  test('the dashboard lists the drafts late first, the late one marked late', async () => {
    await open(site, 'konsep.html');
    await screenshot(page, 'site-dashboard');
    const rows = await draftRows('#drafts');
    assert.deepEqual(
      rows.map((row) => row.id).sort(),
      Object.values(drafts).map((draft) => draft.id).sort(),
    );
    assert.equal(rows[0].id, drafts.late.id, `first row: ${rows[0].id}`);
    assert.deepEqual(
      rows.filter((row) => row.late).map((row) => row.id),
      [drafts.late.id],
    );
    // Its step, performer, due time and lateness (working time, in days by now).
    assert.match(rows[0].text, /2\/10/);
    assert.match(rows[0].text, /Staf Adm Umum/);
    assert.match(rows[0].text, /2026-11-02 09:15/);
    assert.match(rows[0].text, /\d+ hari/);
    // The drafts that are not late: the one due soonest first.
    const order = rows.map((row) => row.id);
    assert.ok(order.indexOf(drafts.decision.id) < order.indexOf(drafts.fresh.id), order.join(' '));
  });

  test("a person's desk lists the steps waiting for them, late first", async () => {
    await open(site, 'meja.html');
    for (const [person, expected] of [
      [rina, [drafts.late.id, drafts.fresh.id]],
      [hotma, [drafts.decision.id, drafts.noClock.id]],
    ]) {
      await open(site, 'meja.html');
      const href = await page.$$eval(
        'a',
        (links, name) => links.find((a) => a.textContent.includes(name))?.getAttribute('href'),
        person.name,
      );
      assert.ok(href && href.startsWith('meja/'), `meja.html has no link to ${person.name}'s desk`);
      await open(site, href);
      if (person === rina) await screenshot(page, 'site-desk');
      assert.ok((await textOf('body')).includes(person.name));
      const rows = await draftRows('#waiting');
      if (person === rina) {
        assert.deepEqual(rows.map((row) => row.id), expected);
      } else {
        assert.deepEqual(rows.map((row) => row.id).sort(), expected.sort());
      }
    }
  });

  test("the monitoring page lists the SOP's monitoring and evaluation, late", async () => {
    // Adopted with its 2013 approval date and never monitored: both are years late.
    await open(site, 'pemantauan.html');
    const rows = await page.$$eval(
      '#assessments tr',
      (trs, href) =>
        trs
          .filter((tr) => tr.querySelector(`a[href$="${href}"]`))
          .map((tr) => ({ late: tr.classList.contains('late'), text: tr.innerText.replace(/\s+/g, ' ') })),
      `sop/${sopInForce.id}.html`,
    );
    assert.equal(rows.length, 2, JSON.stringify(rows));
    assert.ok(rows.every((row) => row.late), JSON.stringify(rows));
    assert.match(rows[0].text + rows[1].text, /Pemantauan.*Evaluasi|Evaluasi.*Pemantauan/);
  });

  test("a draft's page shows its history with the Tidak and its note, and links its KONSEP", async () => {
    await open(site, `konsep/${drafts.decision.id}.html`);
    await screenshot(page, 'site-draft');
    const history = await textOf('#history');
    assert.match(history, /Tidak/);
    assert.match(history, /Dasar hukum belum lengkap/);
    assert.match(history, new RegExp(rina.name, 'i'));
    assert.match(history, new RegExp(hotma.name, 'i'));
    assert.equal(await page.$('form[method="post" i]'), null, 'a built site has no action forms');
    await Promise.all([
      page.waitForNavigation(),
      page.click(`a[href="../dokumen/${drafts.decision.id}.html"]`),
    ]);
    assert.match(await textOf('body'), /KONSEP/);
  });

  test('the search finds an SOP by name, number, performer and legal basis, and a draft by its title', async () => {
    const sopHref = `sop/${sopInForce.id}.html`;
    for (const term of ['cuti tahunan', sopInForce.performer, sopInForce.legalBasis]) {
      const hits = await search(site, term, sopHref);
      assert.ok(
        hits.some(([, href]) => href.endsWith(sopHref)),
        `searching "${term}" found ${JSON.stringify(hits)}`,
      );
    }
    const byNumber = await search(site, sopInForce.number, sopHref);
    assert.ok(byNumber.some(([, href]) => href.endsWith(sopHref)), JSON.stringify(byNumber));
    await screenshot(page, 'site-search');

    const draftHits = await search(site, 'pindah datang', `konsep/${drafts.late.id}.html`);
    assert.ok(
      draftHits.some(([, href]) => href.endsWith(`konsep/${drafts.late.id}.html`)),
      JSON.stringify(draftHits),
    );
    assert.deepEqual(await search(site, 'zzqxy tidak ada', null), []);

    // The box in every page's header: Enter opens cari.html?q=... with the hits.
    await open(site, 'index.html');
    await page.type('form.search input[name="q"]', 'cuti');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.match(page.url(), /cari\.html\?q=cuti/);
    await page.waitForSelector(`ul#results li a[href$="${sopHref}"]`, { timeout: 5000 });
  });

  test('every page is Indonesian with the footer, and every link leads to a file of the site', async () => {
    const pages = filesUnder(site).filter((file) => file.endsWith('.html') && !file.startsWith('dokumen/'));
    assert.ok(pages.length >= 10, pages.join(' '));
    const broken = [];
    for (const file of pages) {
      await open(site, file);
      assert.equal(await page.$eval('html', (html) => html.lang), 'id', file);
      assert.ok((await page.title()).length > 0, `${file} has no title`);
      assert.match(await textOf('footer'), /Dibuat oleh sopctl/, file);
      const targets = await page.$$eval('a[href]', (links) => links.map((a) => a.href));
      for (const target of targets) {
        if (!target.startsWith('file:')) {
          broken.push(`${file}: ${target} is not a file of the site`);
          continue;
        }
        const onDisk = fileURLToPath(target.replace(/[?#].*$/, ''));
        if (!fs.existsSync(onDisk)) broken.push(`${file}: ${path.relative(site, onDisk)} does not exist`);
      }
    }
    assert.deepEqual(broken, []);
  });

  test("the public site has no drafts, no desks and no person's name but the signer's", async () => {
    const files = filesUnder(publicSite);
    for (const gone of ['konsep.html', 'meja.html', 'pemantauan.html']) {
      assert.ok(!files.includes(gone), `the public site has ${gone}`);
    }
    assert.deepEqual(files.filter((file) => /^(konsep|meja)\//.test(file)), []);
    assert.ok(files.includes(`sop/${sopInForce.id}.html`));
    assert.ok(files.includes(`dokumen/${sopInForce.id}.pdf`));
    const secret = [hotma.name, rina.name, '19750101', '19880202', hotma.email, rina.email];
    for (const draft of Object.values(drafts)) secret.push(draft.title, draft.id);
    const leaks = [];
    for (const file of files.filter((name) => /\.(html|js|css)$/.test(name))) {
      const text = fs.readFileSync(path.join(publicSite, file), 'utf8');
      for (const word of secret) if (text.includes(word)) leaks.push(`${file}: ${word}`);
    }
    assert.deepEqual(leaks, []);
    const sopPage = fs.readFileSync(path.join(publicSite, 'sop', `${sopInForce.id}.html`), 'utf8');
    assert.ok(sopPage.includes(sopInForce.signer), "the public SOP page does not name its signer");

    await open(publicSite, 'index.html');
    await screenshot(page, 'site-public-register');
    assert.ok(await page.$(`a[href$="sop/${sopInForce.id}.html"]`));
    assert.equal(await page.$('a[href$="konsep.html"]'), null, 'the public nav links the dashboard');
    assert.equal(await page.$('a[href$="meja.html"]'), null, 'the public nav links the desks');
    const hits = await search(publicSite, 'cuti', `sop/${sopInForce.id}.html`);
    assert.ok(hits.some(([, href]) => href.endsWith(`sop/${sopInForce.id}.html`)), JSON.stringify(hits));
    assert.deepEqual(await search(publicSite, 'pindah', null), []);
  });

  test('no page made a request beyond file:// or raised a script error', () => {
    assert.deepEqual(offsite, []);
  });
});
