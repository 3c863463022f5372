// Saved web pages of made-up sources, written here as a browser saves them: a site's menu, share
// buttons, related posts, a comment thread with its form, a footer. What the HTML reader keeps of
// them is what the tests (and the README's choice of rules) measure.

/** Paragraphs as `<p>` (the second with an id, as a page's anchors are), `## ` lines as `<h2>`. */
function articleHtml(article: string[]): string {
  return article.map((p, i) => (p.startsWith('## ') ? `<h2>${p.slice(3)}</h2>` : i === 1 ? `<p id="second">${p}</p>` : `<p>${p}</p>`)).join('\n');
}

/** A blog post, WordPress-like: the article, its reader comments, a reply form. */
export function blogPage(article: string[], comments: string[], title = 'The Long Winter at Fort Vellin', author = 'Orla Penhallow'): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${title} | Quillmoor History Notes</title>
<meta property="og:title" content="${title}">
<meta name="author" content="${author}">
<link rel="stylesheet" href="style.css"><script>var tracking = "Share on Facebook";</script>
</head>
<body class="post-template-default single">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Quillmoor History Notes</a></p>
<nav id="site-navigation" class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/about">About the 42 authors</a></li><li><a href="/archive">Archive of 300 posts</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-118" class="post-118 post type-post">
<header class="entry-header"><h1 class="entry-title">${title}</h1>
<div class="entry-meta">Posted on <time>12 March</time> by <a rel="author" href="/author/1">${author}</a></div></header>
<div class="entry-content">
${articleHtml(article)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter">Share on X (Opens in new window)</a></li><li><a>Print 2 copies</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p>The 19 forts of the coast, and 400 more posts</p></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in Forts</span> <span class="tags-links">Tagged winter, siege</span></footer>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">${comments.length} thoughts on “${title}”</h2>
<ol class="comment-list">
${comments.map((c, i) => `<li id="comment-${i + 1}" class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Reader ${i + 1}</b> <span class="says">says:</span></div><div class="comment-metadata"><time>14 March at 9:1${i} am</time></div></footer><div class="comment-content"><p>${c}</p></div><div class="reply"><a class="comment-reply-link">Reply</a></div></article></li>`).join('\n')}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3><form id="commentform"><p>Your email address will not be published. 5 fields are required.</p><textarea></textarea><input type="submit" value="Post Comment"></form></div>
</div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Recent posts</h2><ul><li>The 7 gates of Quillmoor</li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><p>© Quillmoor History Notes. 1,200 readers a month. Proudly powered by a blog engine.</p></footer>
</body></html>`;
}

/** A news-style article page: a cookie banner, a menu, an article with a table, a newsletter box, a footer; no comments. */
export function newsPage(article: string[], table?: string[][]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Harbour tolls rise - The Daily Lantern</title>
<meta name="citation_title" content="Harbour tolls rise in Kessary">
<meta name="citation_author" content="Bram Tulliver">
</head><body>
<div class="cookie-banner" role="dialog"><p>We use 3 cookies to improve this site.</p><button>Accept</button></div>
<nav class="navbar"><a href="/">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather: 14 degrees</a></nav>
<main><div class="layout">
<article class="story"><h1>Harbour tolls rise in Kessary</h1><p class="byline">By Bram Tulliver</p>
${article.map((p) => `<p>${p}</p>`).join('\n')}
${table ? `<table><thead><tr>${table[0]!.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${table.slice(1).map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>` : ''}
<div class="newsletter"><p>Sign up: 5 stories every morning.</p><form><input type="email"></form></div>
</article>
<aside class="sidebar"><h2>Most read</h2><ol><li>Ferry runs 40 minutes late</li></ol></aside>
</div></main>
<footer><p>The Daily Lantern, 1 Quay Street. All rights reserved 2020.</p></footer>
</body></html>`;
}
