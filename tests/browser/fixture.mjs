// The fixture repository of the browser tests, made with the built sopctl
// as an office would make it: a git repository with a roster of two
// people, an SOP signed on paper adopted (in force), and four drafts of
// the embedded procedure at different steps, one of them late (its step
// of `10 menit` became active weeks ago) and one that went through a
// Tidak at the decision. Run alone to look at it:
//   node tests/browser/fixture.mjs /tmp/fixture
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { git, sopctl } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

export const hotma = {
  name: 'Hotma Sitompul',
  email: 'hotma@example.go.id',
  roles: ['sekretaris', 'kabid', 'kadis'],
};
export const rina = {
  name: 'Rina Siregar',
  email: 'rina@example.go.id',
  roles: ['staf', 'kasi'],
};

// The SOP in force: a real SOP signed on paper (tests/fixtures/real/).
export const sopInForce = {
  id: 'cuti-tahunan',
  name: 'PERMOHONAN CUTI TAHUNAN PNS',
  number: '08',
  signer: 'dr.H.APRIL,M.Kes',
  performer: 'Kepala Puskesmas',
  legalBasis: 'Tata Persuratan Dinas',
};

// The drafts, each with its title, the step it waits at and who holds it.
export const drafts = {
  late: { id: 'pindah-datang', title: 'Surat Pindah Datang', step: 2, desk: rina },
  decision: { id: 'akta-kelahiran', title: 'Akta Kelahiran', step: 6, desk: hotma },
  noClock: { id: 'kartu-keluarga', title: 'Kartu Keluarga', step: 7, desk: hotma },
  fresh: { id: 'kartu-identitas', title: 'Kartu Identitas Anak', step: 4, desk: rina },
};

const roster = `people:
  - name: ${hotma.name}
    nip: "19750101 200003 1 002"
    rank: Pembina
    position: Sekretaris Dinas
    roles: [${hotma.roles.join(', ')}]
    email: ${hotma.email}
    admin: true
  - name: ${rina.name}
    nip: "19880202 201001 2 003"
    rank: Penata Muda
    position: Staf Adm Umum
    roles: [${rina.roles.join(', ')}]
    email: ${rina.email}
`;

// Builds the fixture in the empty directory `dir` and returns `dir`. The
// repository's own git identity is Hotma's (serve acts as him); Rina acts
// through a per-process identity.
export function buildFixture(dir) {
  fs.mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q']);
  git(dir, ['config', 'user.name', hotma.name]);
  git(dir, ['config', 'user.email', hotma.email]);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  sopctl(dir, ['init']);

  const config = path.join(dir, 'sopctl.yaml');
  const text = fs.readFileSync(config, 'utf8');
  if (!text.includes('people: []\n')) throw new Error('sopctl init wrote no "people: []" line');
  fs.writeFileSync(config, text.replace('people: []\n', roster));
  git(dir, ['commit', '-q', '-m', 'roster: Hotma Sitompul and Rina Siregar', 'sopctl.yaml']);

  const as = (person, args) => sopctl(dir, args, person);
  const adv = (person, id, role, at, ...more) =>
    as(person, ['advance', id, '--role', role, ...(at ? ['--at', at] : []), ...more]);

  as(hotma, [
    'adopt',
    path.join(here, '..', 'fixtures', 'real', 'luwu-timur-malili-cuti-tahunan.yaml'),
    '--id',
    sopInForce.id,
    '--note',
    'asli di lemari arsip TU',
    '--at',
    '2026-10-01T08:00',
  ]);

  // Started first, waiting at step 7, which has no time standard: never late.
  const kk = drafts.noClock.id;
  as(rina, ['start', drafts.noClock.title, '--id', kk, '--at', '2026-10-26T08:00']);
  adv(hotma, kk, 'sekretaris', '2026-10-26T08:05');
  adv(rina, kk, 'staf', '2026-10-26T08:15');
  adv(hotma, kk, 'sekretaris', '2026-10-26T10:00');
  adv(rina, kk, 'kasi', '2026-10-27T10:00');
  adv(rina, kk, 'kasi', '2026-10-28T10:00');
  adv(hotma, kk, 'kabid', '2026-10-28T11:00', '--yes');

  // Step 2 (10 menit) active since 2 November: late by weeks.
  const late = drafts.late.id;
  as(hotma, ['start', drafts.late.title, '--id', late, '--at', '2026-11-02T09:00']);
  adv(hotma, late, 'sekretaris', '2026-11-02T09:05');

  // Now: through a Tidak at step 6 and back to step 6 (1 jam).
  const akta = drafts.decision.id;
  as(rina, ['start', drafts.decision.title, '--id', akta]);
  adv(hotma, akta, 'sekretaris');
  adv(rina, akta, 'staf');
  adv(hotma, akta, 'sekretaris');
  adv(rina, akta, 'kasi');
  adv(rina, akta, 'kasi');
  adv(hotma, akta, 'kabid', null, '--no', '--note', 'Dasar hukum belum lengkap');
  adv(rina, akta, 'kasi');

  // Now: at step 4 (2 hari).
  const kia = drafts.fresh.id;
  as(rina, ['start', drafts.fresh.title, '--id', kia]);
  adv(hotma, kia, 'sekretaris');
  adv(rina, kia, 'staf');
  adv(hotma, kia, 'sekretaris');

  const dirty = git(dir, ['status', '--porcelain']);
  if (dirty) throw new Error(`the fixture left uncommitted changes:\n${dirty}`);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node tests/browser/fixture.mjs DIR');
    process.exit(2);
  }
  buildFixture(path.resolve(dir));
  console.log(sopctl(dir, ['status']));
}
