// The greeting counter: how many times each language was used, kept in memory and flushed to
// DATA_DIR/greetings.json every few seconds.
//
// After the incident of 2025-03-14 (see notes.md) a flush never overwrites the file in place: it
// writes a temporary file and renames it over the old one, which the operating system does
// atomically. A crash or a full disk during the write leaves the previous file intact.

import { mkdir, readFile, rename, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';

export class GreetingStore {
  /**
   * @param {object} options
   * @param {string} options.dataDir the directory the counts live in
   * @param {object} options.logger a logger from logger.js
   */
  constructor({ dataDir, logger }) {
    this.file = path.join(dataDir, 'greetings.json');
    this.dataDir = dataDir;
    this.logger = logger;
    this.counts = new Map();
    this.dirty = false;
    this.flushing = null;
  }

  /** Load the counts saved last time. A missing file is a first start; a broken one is reported. */
  async open() {
    await mkdir(this.dataDir, { recursive: true });
    let text;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if (err.code === 'ENOENT') return this;
      throw err;
    }
    try {
      for (const [lang, count] of Object.entries(JSON.parse(text))) this.counts.set(lang, count);
    } catch (err) {
      // Fall back to the backup from the previous flush rather than silently starting from zero.
      this.logger.error(`read ${this.file}: ${err.message}; trying the backup`);
      await this.openBackup();
    }
    return this;
  }

  async openBackup() {
    try {
      const text = await readFile(`${this.file}.bak`, 'utf8');
      for (const [lang, count] of Object.entries(JSON.parse(text))) this.counts.set(lang, count);
      this.logger.warn(`restored counts from ${this.file}.bak`);
    } catch (err) {
      this.logger.error(`no usable backup (${err.message}); starting from empty counts`);
    }
  }

  /** Count one greeting. Cheap: only memory changes until the next flush. */
  increment(lang) {
    this.counts.set(lang, (this.counts.get(lang) ?? 0) + 1);
    this.dirty = true;
  }

  get(lang) {
    return this.counts.get(lang) ?? 0;
  }

  /** All counts, most used language first. */
  top() {
    return [...this.counts.entries()].sort((a, b) => b[1] - a[1]);
  }

  /**
   * Write the counts if they changed. Concurrent calls share one write, so a timer firing during a
   * slow flush does not start a second write of the same file.
   */
  flush() {
    if (!this.dirty) return Promise.resolve(false);
    if (this.flushing) return this.flushing;
    this.flushing = this.writeAtomically().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  async writeAtomically() {
    const snapshot = JSON.stringify(Object.fromEntries(this.counts), null, 2);
    this.dirty = false;
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      await writeFile(temp, snapshot);
      await copyFile(this.file, `${this.file}.bak`).catch((err) => {
        if (err.code !== 'ENOENT') throw err;
      });
      await rename(temp, this.file);
      this.logger.info(`flush ${path.basename(this.file)}: ${this.counts.size} keys, ${snapshot.length} bytes`);
      return true;
    } catch (err) {
      // Keep the data in memory and try again at the next flush.
      this.dirty = true;
      this.logger.error(`write ${path.basename(this.file)}: ${err.message}; will retry`);
      return false;
    }
  }

  /**
   * Add the counts of another store, e.g. when two instances of the service ran side by side and each
   * kept its own file. Counts are added, never replaced: a greeting counted twice is still two greetings.
   */
  merge(other) {
    for (const [lang, count] of other.counts) {
      this.counts.set(lang, (this.counts.get(lang) ?? 0) + count);
    }
    if (other.counts.size > 0) this.dirty = true;
    return this;
  }

  /** Forget the counts of one language, or of all of them; the next flush writes the change. */
  reset(lang) {
    if (lang === undefined) this.counts.clear();
    else this.counts.delete(lang);
    this.dirty = true;
  }

  /**
   * A short report for the /stats page: one line per language with its share of all greetings,
   * most used first, e.g. "en 120 (60%)".
   */
  report() {
    const total = [...this.counts.values()].reduce((sum, n) => sum + n, 0);
    if (total === 0) return 'no greetings yet';
    return this.top()
      .map(([lang, count]) => `${lang} ${count} (${Math.round((count / total) * 100)}%)`)
      .join('\n');
  }

  /** Flush on a timer until close() is called. */
  startFlushing(everyMs) {
    this.timer = setInterval(() => void this.flush(), everyMs);
    this.timer.unref();
  }

  async close() {
    clearInterval(this.timer);
    await this.flush();
  }
}
