/* fuzz-target.h  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every file tests/fuzz/fuzz-*.c defines.  The same file is linked
 * twice: with libFuzzer (-Dfuzzers=true, clang) as the fuzzer, and with
 * replay-main.c in every build as a unit test that feeds the corpus
 * and the regression inputs through LLVMFuzzerTestOneInput(). */
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <string.h>

#include <glib.h>

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

static inline GLogWriterOutput
fuzz_target_log_writer (GLogLevelFlags   log_level,
                        const GLogField *fields,
                        gsize            n_fields,
                        gpointer         user_data)
{
  GLogWriterOutput out = g_log_writer_default (log_level, fields, n_fields, user_data);

  /* GLib ends a fatal message with SIGTRAP, which libFuzzer does not
   * catch (no crash input saved): abort() instead. */
  if (log_level & (G_LOG_FLAG_FATAL | G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return out;
}

/* Criticals and warnings are bugs too: make them abort. */
static inline void
fuzz_target_init (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_writer_func (fuzz_target_log_writer, NULL, NULL);
}

/* A NUL-terminated copy, for parsers that take C strings. */
static inline char *
fuzz_target_strdup (const uint8_t *data,
                    size_t         size)
{
  char *s = g_malloc (size + 1);

  if (size > 0)
    memcpy (s, data, size);
  s[size] = '\0';
  return s;
}
