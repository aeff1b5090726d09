import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../shared/repo-root';

/**
 * Every relative link in the committed Markdown files names a committed file. The
 * benchmark records cite their results files (`bench/results/` is ignored by git, so a
 * file must be added with `git add -f`); a link that only resolves on the machine that
 * ran the bench would be broken in every clone.
 */
const root = repoRoot();

function committedFiles(): Set<string> {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  return new Set(out.split('\0').filter(Boolean));
}

/** Relative link targets in a Markdown text: `[text](target)`, without anchors. */
function relativeLinks(markdown: string): string[] {
  const targets: string[] = [];
  for (const match of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
    const file = target.split('#')[0];
    if (file) targets.push(file);
  }
  return targets;
}

describe('links in the documentation', () => {
  const committed = committedFiles();
  const markdownFiles = [...committed].filter((file) => file.endsWith('.md'));
  // A link may name a folder: one that holds a committed file.
  const folders = new Set(
    [...committed].flatMap((file) =>
      file
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );

  it('finds the Markdown files and their links', () => {
    expect(markdownFiles).toEqual(expect.arrayContaining(['README.md', 'bench/README.md', 'operations/README.md']));
    const benchLinks = relativeLinks(fs.readFileSync(path.join(root, 'bench/README.md'), 'utf8'));
    expect(benchLinks.filter((link) => link.startsWith('results/')).length).toBeGreaterThan(5);
  });

  it('reads links, not addresses or anchors', () => {
    expect(relativeLinks('[a](x/y.md#part) [b](https://example.org/z) [c](#here) [d](mailto:a@b.c) [e](results/r.json)')).toEqual([
      'x/y.md',
      'results/r.json',
    ]);
  });

  it.each(markdownFiles)('%s links only to committed files', (file) => {
    const dir = path.posix.dirname(file);
    const broken = relativeLinks(fs.readFileSync(path.join(root, file), 'utf8'))
      .map((link) => path.posix.normalize(path.posix.join(dir, decodeURI(link))))
      .filter((target) => !committed.has(target) && !folders.has(target.replace(/\/$/, '')));
    expect(broken).toEqual([]);
  });
});
