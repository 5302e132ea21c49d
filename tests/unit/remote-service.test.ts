import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { compileLesson } from '../../core/lessons/compile-lesson';
import {
  connectLessonService,
  serveLessonService,
  type PortLike,
} from '../../core/remote/remote-service';
import { superviseLessonService, type SpawnedService } from '../../core/remote/supervise';
import { createLessonService } from '../../core/service';
import type { LessonService } from '../../core/service-types';
import { lesson, makeContent } from './support/compile';

// Electron runs the lesson service in a utility process; these tests put
// the same two halves on the two ends of a real message channel.

function portOf(port: MessagePort): PortLike {
  return {
    post: (message) => port.postMessage(message),
    listen(handler) {
      port.on('message', handler);
      return () => port.off('message', handler);
    },
  };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

function remoteService(contentDir: string, watch = false) {
  const channel = new MessageChannel();
  const inner = createLessonService({ contentDir, cacheDir: null, watch, compile: compileLesson });
  serveLessonService(inner, portOf(channel.port1));
  const remote = connectLessonService(portOf(channel.port2));
  closers.push(async () => {
    await remote.close();
    channel.port1.close();
  });
  return { remote, channel };
}

describe('the lesson service across a message port', () => {
  it('answers every core method with what the service itself answers', async () => {
    const dir = makeContent({ 'a/index.mdx': lesson('# One\n\n---\n\n# Two\n') });
    const { remote } = remoteService(dir);
    const [compiled] = await remote.listCompiledLessons();
    expect(compiled).toMatchObject({ slug: 'a', slideCount: 2 });
    const loaded = await remote.loadLesson('a');
    expect(loaded.code).toContain('GroundworkSlide');
    expect((await remote.getCrisisResources()).shown).toBeDefined();
  });

  it('checks the arguments again on the far side and says why it refuses', async () => {
    const { remote } = remoteService(makeContent({}));
    await expect(remote.loadLesson('../../etc/passwd')).rejects.toThrow(
      /Refused loadLesson: 0 must not contain a path separator/,
    );
  });

  it('forwards content changes as events', async () => {
    const dir = makeContent({ 'a/index.mdx': lesson('# One\n') });
    const { remote } = remoteService(dir, true);
    const seen: string[] = [];
    remote.onLessonsChanged((change) => seen.push(...change.slugs));
    // The watcher must be ready before the edit; a listing waits for the first scan.
    await remote.listCompiledLessons();
    const { writeFileSync } = await import('node:fs');
    await expect
      .poll(
        () => {
          writeFileSync(`${dir}/a/index.mdx`, lesson(`# One, edited ${Date.now()}\n`));
          return seen.includes('a');
        },
        { timeout: 10_000, interval: 500 },
      )
      .toBe(true);
  });
});

describe('a supervised lesson service', () => {
  it('fails waiting calls plainly when its process ends, and the next call reaches a fresh one', async () => {
    const dir = makeContent({ 'a/index.mdx': lesson('# One\n') });
    const spawned: { exit(): void }[] = [];
    let services: LessonService[] = [];
    const supervised = superviseLessonService((): SpawnedService => {
      const channel = new MessageChannel();
      const inner = createLessonService({
        contentDir: dir,
        cacheDir: null,
        watch: false,
        compile: compileLesson,
      });
      services.push(inner);
      serveLessonService(inner, portOf(channel.port1));
      const exitListeners: ((code: number | null) => void)[] = [];
      spawned.push({
        exit: () => {
          channel.port1.close();
          for (const listener of exitListeners) listener(1);
        },
      });
      return {
        service: connectLessonService(portOf(channel.port2)),
        onExit: (l) => exitListeners.push(l),
      };
    });
    closers.push(async () => {
      await supervised.close();
      await Promise.all(services.map((s) => s.close()));
      services = [];
    });
    expect((await supervised.listCompiledLessons()).map((l) => l.slug)).toEqual(['a']);
    const waiting = supervised.loadLesson('a');
    spawned[0]!.exit();
    await expect(waiting).rejects.toThrow(/stopped unexpectedly/);
    expect(spawned).toHaveLength(2);
    expect((await supervised.loadLesson('a')).slug).toBe('a');
  });
});
