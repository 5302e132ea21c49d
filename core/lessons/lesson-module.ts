import { SLIDE_COMPONENT } from '../../contract/components';
import type { SlideGroup } from './slide-code';

/**
 * What the stage runs (renderer/stage/evaluate.ts) is mdx-bundler's contract:
 * a function body that `getMDXExport` calls with React, ReactDOM,
 * `_jsx_runtime` and the library global in scope, and that returns the
 * module's exports (`default`, `frontmatter`), as mdx-bundler's bundle does.
 */
const JSX_RUNTIME = '_jsx_runtime';

/**
 * mdx-bundler defines `process.env.NODE_ENV` for the lessons it bundles, and
 * a lesson's expression may read it: here it is a local of the module (the
 * stage has no `process`), so no transform rewrites the code.
 */
const PROCESS = `var process={env:{NODE_ENV:${JSON.stringify(process.env.NODE_ENV ?? 'production')}}};`;

/**
 * A lesson's module from its slide groups' code (slide-code.ts). The stage
 * gets what the bundler path gives it: one `GroundworkSlide` per slide,
 * `index` a string counted over the whole lesson, its content built by
 * `render` when the slide is mounted. Each group numbers its slides from
 * 0 (so its code does not depend on where it stands); the group's
 * `GroundworkSlide` adds the group's first index. `props` reach every slide
 * (an expression may read them); the MDX `wrapper` wraps the lesson once.
 */
/**
 * A lesson's module from one MDX `function-body` for the whole lesson (a
 * lesson whose references resolve across slides): mdx-bundler's shape,
 * `var Component=(…)();return Component;`.
 */
export function wholeLessonModule(body: string): string {
  return `${PROCESS}var Component=(function(){${body}\n})(${JSX_RUNTIME});return Component;`;
}

export function lessonModule(groups: SlideGroup[]): string {
  const bodies = groups.map((group) => `function(){${group.body}\n}`).join(',\n');
  const firsts = JSON.stringify(groups.map((group) => group.first));
  const missing = JSON.stringify(
    `Expected component \`${SLIDE_COMPONENT}\` to be defined: you likely forgot to import, pass, or provide it.`,
  );
  const slide = JSON.stringify(SLIDE_COMPONENT);
  return `${PROCESS}var Component=(function(rt){
var bodies=[${bodies}];
var firsts=${firsts};
var made=[];
function group(k,Slide){
if(!made[k]||made[k].Slide!==Slide){
var Content=bodies[k](rt).default;
var Offset=function(p){return rt.jsx(Slide,Object.assign({},p,{index:String(firsts[k]+Number(p.index))}));};
made[k]={Slide:Slide,Content:Content,Offset:Offset};
}
return made[k];
}
function MDXContent(props){
props=props||{};
var components=props.components||{};
var Slide=components[${slide}];
if(!Slide)throw new Error(${missing});
var children=bodies.map(function(_,k){
var g=group(k,Slide);
var own={};own[${slide}]=g.Offset;
return rt.jsx(g.Content,Object.assign({},props,{components:Object.assign({},components,own,{wrapper:undefined})}));
});
var all=rt.jsxs(rt.Fragment,{children:children});
var Wrapper=components.wrapper;
return Wrapper?rt.jsx(Wrapper,Object.assign({},props,{children:all})):all;
}
return {frontmatter:undefined,default:MDXContent};
})(${JSX_RUNTIME});return Component;`;
}
