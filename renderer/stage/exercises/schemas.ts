import type * as props from '../../../contract/exercise-props';
import type { Rendered } from './validation/define-exercise';

// The schemas are part of the contract: the checker and the stage share them.
export * from '../../../contract/exercise-props';

// Components with content between their tags render it as React children.
export type NotesProps = Rendered<props.NotesProps>;
export type CalloutProps = Rendered<props.CalloutProps>;
export type ContentNoteProps = Rendered<props.ContentNoteProps>;
