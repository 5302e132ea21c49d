import {
  shellToStageSchema,
  stageToShellSchema,
  type ShellToStage,
  type StageToShell,
} from '../../contract/stage-protocol';

/**
 * Validation of the messages crossing the iframe boundary, by the
 * contract's schemas. Lesson code runs in the stage and can post anything,
 * so the shell accepts only well-formed messages with bounded sizes; the
 * stage is equally strict, since any page could hold a reference to its
 * window. Unknown fields are dropped, never passed on. Whether a file may
 * be saved at all (its type, how often the lesson asks) is the shell's save
 * policy, which answers every refused request instead of dropping it.
 */
export function parseStageMessage(data: unknown): StageToShell | null {
  const parsed = stageToShellSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function parseShellMessage(data: unknown): ShellToStage | null {
  const parsed = shellToStageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
