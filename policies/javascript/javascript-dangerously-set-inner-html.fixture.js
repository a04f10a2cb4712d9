export function Post({ post, html }) {
  return (
    <article>
      {/* ruleid: javascript-dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={{ __html: post.body }} />
      {/* ruleid: javascript-dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={{ __html: marked(post.body) }} />
      {/* ruleid: javascript-dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={{ __html: `<p>${post.title}</p>` }} />
      {/* ok: javascript-dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(post.body) }} />
      {/* ok: javascript-dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={{ __html: "<hr/>" }} />
      {/* ok: javascript-dangerously-set-inner-html */}
      <div>{post.body}</div>
    </article>
  );
}
// ruleid: javascript-dangerously-set-inner-html
const el = React.createElement("div", { dangerouslySetInnerHTML: { __html: html } });
