#!/usr/bin/env python3
"""Batch benchmark: NoticeKit against its peers on the same pages, in one run.

Builds an archive of PAGES pages from Corpus/ (its HTML pages, texts and XML exports, each also
re-encoded as GBK, with ids varied so no two files are equal), converts it with `noticekit convert`
on one core and on all cores, and times the peers on the same pages: lxml's HTML parse alone, and
trafilatura's extraction with metadata, both in a virtual environment (.venv-bench) that this script
creates. Prints pages/s, peak RSS and the ratios.

Then builds archives of each size in --rss-pages and converts them on all cores, to show that peak
RSS does not grow with the number of inputs.

The pages and the records go to --work (default: /dev/shm when the machine has it, else the system's
temporary folder). A RAM-backed folder keeps the disk's write-back out of the figures: on this VM the
same run on ext4 varied by half from one run to the next. The peers write nothing at all.

usage: Scripts/benchmark.py [PAGES] [--rss-pages 1000,100000] [--work DIR]
       (PAGES defaults to 10000; trafilatura runs on a tenth of them; --rss-pages '' skips the sizes)
"""
import argparse, glob, os, random, shutil, subprocess, sys, tempfile, time, venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, '.venv-bench')


def build_archive(folder, pages):
    sources = []
    for path in sorted(glob.glob(os.path.join(ROOT, 'Corpus', '**', '*.*'), recursive=True)):
        if path.endswith(('.txt', '.html', '.xml')):
            sources.append(path)
    random.seed(7)
    for index in range(pages):
        source = sources[index % len(sources)]
        data = open(source, 'rb').read()
        ext = os.path.splitext(source)[1]
        marker = ('<!-- %d -->' % index if ext != '.txt' else '\n%d' % index).encode()
        if index % 3 == 1 and ext != '.xml':
            try:
                text = data.decode('utf-8')
                data = text.replace('charset=utf-8', 'charset=gbk').replace('charset="utf-8"', 'charset="gbk"').encode('gb18030')
            except UnicodeDecodeError:
                pass
        with open(os.path.join(folder, 'page-%05d%s' % (index, ext)), 'wb') as out:
            out.write(data + marker)


def timed(command, **kwargs):
    start = time.perf_counter()
    result = subprocess.run(['/usr/bin/time', '-f', '%M'] + command, capture_output=True, text=True, **kwargs)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit('%s failed:\n%s' % (command[0], result.stderr[-2000:]))
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    return elapsed, peak_kb


def ensure_venv():
    python = os.path.join(VENV, 'bin', 'python')
    if not os.path.exists(python):
        venv.create(VENV, with_pip=True)
    check = subprocess.run([python, '-c', 'import lxml, lxml_html_clean, trafilatura'], capture_output=True)
    if check.returncode != 0:
        subprocess.run([python, '-m', 'pip', 'install', '--quiet', 'lxml', 'lxml_html_clean', 'trafilatura'], check=True)
    return python


PEER = r'''
import glob, sys, time
kind, folder, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(glob.glob(folder + '/*.html'))[:limit]
pages = [open(f, 'rb').read() for f in files]
if kind == 'lxml':
    import lxml.html
    start = time.perf_counter()
    for page in pages:
        lxml.html.document_fromstring(page)
else:
    import trafilatura
    start = time.perf_counter()
    for page in pages:
        trafilatura.extract(page, with_metadata=True)
print(len(pages), time.perf_counter() - start)
'''


def main():
    options = argparse.ArgumentParser(description='NoticeKit batch benchmark against lxml and trafilatura.')
    options.add_argument('pages', nargs='?', type=int, default=10000)
    options.add_argument('--rss-pages', default='1000,100000', help='archive sizes for the peak RSS runs')
    options.add_argument('--work', default='/dev/shm' if os.path.isdir('/dev/shm') else None,
                         help='folder for the pages and records (default: /dev/shm if present)')
    arguments = options.parse_args()
    total_pages = arguments.pages
    rss_sizes = [int(size) for size in arguments.rss_pages.split(',') if size]
    subprocess.run(['swift', 'build', '-c', 'release', '--product', 'noticekit'], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    noticekit = os.path.join(ROOT, '.build', 'release', 'noticekit')
    python = ensure_venv()
    work = tempfile.mkdtemp(prefix='noticekit-bench-', dir=arguments.work)
    try:
        pages = os.path.join(work, 'pages')
        os.makedirs(pages)
        build_archive(pages, total_pages)
        # The HTML pages alone, in a folder of their own: the peers read exactly these files.
        html_folder = os.path.join(work, 'html-pages')
        os.makedirs(html_folder)
        for path in glob.glob(pages + '/*.html'):
            shutil.copy(path, html_folder)
        html_pages = len(os.listdir(html_folder))
        print('benchmark: %d pages (%d HTML) in %s' % (total_pages, html_pages, pages))
        # Each configuration runs twice, alternating, and the faster run counts: a shared VM's speed
        # drifts by a fifth from one run to the next, and the ratios should not measure that drift.
        results = {}
        for attempt in (1, 2):
            for jobs in (1, os.cpu_count()):
                out = os.path.join(work, 'out-%d-%d' % (jobs, attempt))
                elapsed, peak = timed([noticekit, 'convert', pages, '--output', out, '--jobs', str(jobs), '--quiet'])
                results[jobs] = max(results.get(jobs, 0), total_pages / elapsed)
                print('noticekit convert, %d job(s), run %d: %8.0f pages/s  peak RSS %5.1f MB'
                      % (jobs, attempt, total_pages / elapsed, peak / 1024))
                shutil.rmtree(out)
        noticekit_html = 0
        for attempt in (1, 2):
            html_only = os.path.join(work, 'out-html-%d' % attempt)
            elapsed, peak = timed([noticekit, 'convert', html_folder, '--output', html_only, '--jobs', '1', '--quiet'])
            noticekit_html = max(noticekit_html, html_pages / elapsed)
            shutil.rmtree(html_only)
        print('noticekit convert, HTML pages only, 1 job, faster of 2 runs: %8.0f pages/s' % noticekit_html)
        counted, seconds = subprocess.run([python, '-c', PEER, 'lxml', html_folder, str(html_pages)], capture_output=True, text=True, check=True).stdout.split()
        lxml_rate = int(counted) / float(seconds)
        print('lxml parse only (HTML), 1 core:           %8.0f pages/s' % lxml_rate)
        counted, seconds = subprocess.run([python, '-c', PEER, 'trafilatura', html_folder, str(max(1, html_pages // 10))], capture_output=True, text=True, check=True).stdout.split()
        trafilatura_rate = int(counted) / float(seconds)
        print('trafilatura extract + metadata, 1 core:   %8.0f pages/s' % trafilatura_rate)
        print('ratios (HTML, one core): NoticeKit / lxml parse = %.2f, NoticeKit / trafilatura = %.1f'
              % (noticekit_html / lxml_rate, noticekit_html / trafilatura_rate))
        print('scaling (faster run of each): %d cores give %.2f x one core' % (os.cpu_count(), results[os.cpu_count()] / results[1]))
        shutil.rmtree(pages)
        shutil.rmtree(html_folder)
        for size in rss_sizes:
            folder = os.path.join(work, 'pages-%d' % size)
            os.makedirs(folder)
            build_archive(folder, size)
            out = os.path.join(work, 'out-rss-%d' % size)
            elapsed, peak = timed([noticekit, 'convert', folder, '--output', out, '--quiet'])
            print('noticekit convert, %7d pages, %d jobs: %8.0f pages/s  peak RSS %5.1f MB' % (size, os.cpu_count(), size / elapsed, peak / 1024))
            shutil.rmtree(folder)
            shutil.rmtree(out)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
