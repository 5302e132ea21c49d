// Shared with the checker, which reports the same sentences at author time.
export { formatIssues } from '../../../../contract/prop-issues';
