import { PGlite } from '@electric-sql/pglite';
let t = Date.now();
const a = new PGlite();
await a.waitReady;
console.log('mem', Date.now() - t);
t = Date.now();
await a.exec('create table x(a int)');
const dump = await a.dumpDataDir('none');
console.log('dump', Date.now() - t, dump.size);
t = Date.now();
for (let i = 0; i < 3; i++) {
  const b = new PGlite({ loadDataDir: dump });
  await b.waitReady;
  console.log('load', Date.now() - t, (await b.query('select count(*) from x')).rows);
  t = Date.now();
}
