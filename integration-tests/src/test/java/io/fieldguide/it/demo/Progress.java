package io.fieldguide.it.demo;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * One line per step. On a terminal the line is live (a spinner and the seconds so far, redrawn in
 * place) and ends as {@code [ok]} or {@code [FAIL]} with the step's result; elsewhere (a CI log, a
 * test) only the finished line is printed.
 */
final class Progress {

    private static final String SPINNER = "|/-\\";

    private final PrintStream out;
    private final boolean live;

    Progress(PrintStream out, boolean live) {
        this.out = out;
        this.live = live;
    }

    static Progress onConsole() {
        return new Progress(System.out, System.console() != null);
    }

    void heading(String text) {
        out.println();
        out.println(text);
    }

    /** Runs {@code work}, which answers a one-line summary of what it did. */
    String step(String label, Callable<String> work) throws Exception {
        long start = System.nanoTime();
        Thread ticker = live ? startTicker(label, start) : null;
        try {
            String detail = work.call();
            finish(ticker, "[ok]  ", label, start, detail);
            return detail;
        } catch (Exception | AssertionError e) {
            finish(ticker, "[FAIL]", label, start, String.valueOf(e.getMessage()));
            throw e;
        }
    }

    private Thread startTicker(String label, long start) {
        Thread ticker = new Thread(
                () -> {
                    int tick = 0;
                    while (!Thread.currentThread().isInterrupted()) {
                        synchronized (out) {
                            out.printf("\r  %c     %-54s %6.1f s", SPINNER.charAt(tick++ % 4), label, seconds(start));
                            out.flush();
                        }
                        try {
                            Thread.sleep(150);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "progress");
        ticker.setDaemon(true);
        ticker.start();
        return ticker;
    }

    private void finish(Thread ticker, String mark, String label, long start, String detail)
            throws InterruptedException {
        if (ticker != null) {
            ticker.interrupt();
            ticker.join();
        }
        synchronized (out) {
            out.printf(
                    "%s  %s %-54s %6.1f s  %s%n",
                    live ? "\r" : "",
                    mark,
                    label,
                    seconds(start),
                    detail.length() > 160 ? detail.substring(0, 160) + "..." : detail);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
