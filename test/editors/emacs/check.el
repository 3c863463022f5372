;;; check.el --- Emacs + eglot + Flymake against corroborate-ls, for the editor tests  -*- lexical-binding: t -*-
;; Run as: emacs --batch -q -l check.el   with, in the environment,
;;   CORROBORATE_LS       path to bin/corroborate-ls.js
;;   CORROBORATE_DRAFT    the Markdown draft to open (its folder is the project)
;;   CORROBORATE_EXPECT   the finding codes to wait for, sorted and comma-separated
;;   CORROBORATE_TIMEOUT  seconds to wait for the findings (default 60)
;; Prints one line per Flymake diagnostic: "DIAG <line>:<col> <type> <code> <message>", then
;; "HOVER <text>" for the first finding, and exits 0; prints FAIL and exits 1 when the expected codes
;; do not arrive in time.

(require 'package)
(package-activate-all)                  ; Debian's elpa-* packages
(require 'markdown-mode)
(require 'eglot)
(require 'flymake)
(require 'json)

(defvar corroborate-ls (getenv "CORROBORATE_LS"))
(defvar corroborate-draft (getenv "CORROBORATE_DRAFT"))
(defvar corroborate-expect (or (getenv "CORROBORATE_EXPECT") ""))
(defvar corroborate-timeout (string-to-number (or (getenv "CORROBORATE_TIMEOUT") "60")))

(defun corroborate-fail (fmt &rest args)
  (princ (concat "FAIL " (apply #'format fmt args) "\n"))
  (kill-emacs 1))

(defun corroborate-wait (what pred)
  "Wait until PRED returns non-nil, reading the server's output meanwhile."
  (let ((deadline (+ (float-time) corroborate-timeout)) value)
    (while (not (setq value (funcall pred)))
      (when (> (float-time) deadline)
        (corroborate-fail "timed out after %ss waiting for %s" corroborate-timeout what))
      (accept-process-output nil 0.05))
    value))

(unless (and corroborate-ls corroborate-draft)
  (corroborate-fail "set CORROBORATE_LS and CORROBORATE_DRAFT"))

;; As in docs-editor.md: the server program, and the settings answered to workspace/configuration.
(setq eglot-server-programs
      `((markdown-mode . ("node" ,corroborate-ls "--stdio"))))
(setq-default eglot-workspace-configuration
              '(:corroborate (:sources ["sources"] :includeBundledCorpus :json-false :debounceMs 0)))
(setq eglot-sync-connect 30
      eglot-autoshutdown t
      flymake-no-changes-timeout 0.2)

(find-file corroborate-draft)
(markdown-mode)
;; `eglot-ensure' connects after the next command, and a batch Emacs runs none: connect now.
(apply #'eglot--connect (eglot--guess-contact))
(corroborate-wait "eglot to manage the draft" (lambda () eglot--managed-mode))
(flymake-start)

(defun corroborate-code (diag)
  (let ((lsp (cdr (assq 'eglot-lsp-diag (flymake-diagnostic-data diag)))))
    (plist-get lsp :code)))

(defun corroborate-codes ()
  (mapconcat #'identity
             (sort (mapcar (lambda (d) (format "%s" (corroborate-code d))) (flymake-diagnostics)) #'string<)
             ","))

;; Findings may be published more than once (as the sources are indexed): wait for the expected ones.
(let ((deadline (+ (float-time) corroborate-timeout)))
  (while (not (and (flymake-diagnostics)
                   (or (string= corroborate-expect "") (string= (corroborate-codes) corroborate-expect))))
    (when (> (float-time) deadline)
      (corroborate-fail "timed out after %ss waiting for Flymake diagnostics %s; have: %s"
                        corroborate-timeout corroborate-expect (corroborate-codes)))
    (accept-process-output nil 0.05)))

(let ((diags (sort (flymake-diagnostics)
                   (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))
  (dolist (d diags)
    (let ((beg (flymake-diagnostic-beg d)))
      (princ (format "DIAG %d:%d %s %s %s\n"
                     (line-number-at-pos beg)
                     (save-excursion (goto-char beg) (1+ (current-column)))
                     (flymake-diagnostic-type d)
                     (corroborate-code d)
                     (replace-regexp-in-string "\n" " " (flymake-diagnostic-text d))))))
  ;; The evidence for the first finding, as eldoc would show it.
  (goto-char (flymake-diagnostic-beg (car diags)))
  (let* ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                 (eglot--TextDocumentPositionParams)))
         (contents (plist-get hover :contents)))
    (princ (format "HOVER %s\n"
                   (replace-regexp-in-string "\n" " " (or (plist-get contents :value) (format "%S" contents)))))))

(eglot-shutdown (eglot-current-server))
(kill-emacs 0)
