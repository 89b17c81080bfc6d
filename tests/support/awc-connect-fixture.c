/* awc-connect-fixture.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "awc-connect-fixture.h"
#include "awc-test-util.h"

static GString *log_text;

void
assert_no_secret (const char *text)
{
  g_assert_null (strstr (text, AK));
  g_assert_null (strstr (text, SK));
  g_assert_null (strstr (text, BADSK));
  g_assert_null (strstr (text, STOK));
  g_assert_null (strstr (text, TOKEN));
}

static void
on_report_fetched (AwcConnectDialog *dialog,
                   AwcReport        *report,
                   AwcRemoteSource  *source,
                   Fixture          *f)
{
  g_assert_null (f->report);
  f->report = g_object_ref (report);
  f->source = g_object_ref (source);
}

static void
reset_settings (GSettings *settings)
{
  const char *keys[] = { "cpts-region", "cpts-endpoint", "cpts-project-id", "cpts-auth-method",
                         "cpts-id-mapping", "cpts-connect-timeout", "cpts-total-timeout",
                         "cpts-last-project", "cpts-last-task", "cpts-last-run" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
}

void
connect_fixture_setup (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);

  f->settings = g_settings_new (APP_ID);
  reset_settings (f->settings);
  /* Each test starts a new session: no credentials kept in memory. */
  _awc_connect_dialog_forget_session ();
  f->mock = awc_mock_cpts_new (dir, &error);
  g_assert_no_error (error);
  awc_mock_cpts_set_aksk (f->mock, AK, SK, NULL);
  g_string_truncate (log_text, 0);
}

void
open_dialog (Fixture *f)
{
  f->dialog = g_object_ref (_awc_connect_dialog_new_full (NULL, FALSE));
  g_signal_connect (f->dialog, "report-fetched", G_CALLBACK (on_report_fetched), f);
  gtk_window_present (GTK_WINDOW (f->dialog));
}

void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
wait_idle (Fixture *f)
{
  iterate ();
  while (awc_cpts_browser_get_busy (f->dialog->browser))
    g_main_context_iteration (NULL, TRUE);
  iterate ();
}

void
connect_fixture_teardown (Fixture       *f,
                          gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->dialog));
  /* Cancelled requests let go of the browser once their callbacks ran. */
  for (guint i = 0; i < 2000 && G_OBJECT (f->dialog)->ref_count > 1; i++)
    {
      iterate ();
      g_usleep (500);
    }
  g_assert_finalize_object (f->dialog);
  g_clear_object (&f->report);
  g_clear_object (&f->source);
  awc_mock_cpts_free (f->mock);
  g_clear_object (&f->settings);
  assert_no_secret (log_text->str);
}

void
fill (Fixture    *f,
      const char *auth,
      const char *secret)
{
  AwcConnectDialog *d = f->dialog;

  gtk_editable_set_text (GTK_EDITABLE (d->endpoint_entry), awc_mock_cpts_get_base_url (f->mock));
  gtk_editable_set_text (GTK_EDITABLE (d->project_entry), PID);
  gtk_stack_set_visible_child_name (GTK_STACK (d->auth_stack), auth);
  if (g_str_equal (auth, "token"))
    gtk_editable_set_text (GTK_EDITABLE (d->token_entry), secret);
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (d->ak_entry), AK);
      gtk_editable_set_text (GTK_EDITABLE (d->sk_entry), secret);
    }
}

guint
n_items (GtkSingleSelection *selection)
{
  return g_list_model_get_n_items (G_LIST_MODEL (selection));
}

void
select_and_wait (Fixture            *f,
                 GtkSingleSelection *selection,
                 guint               position)
{
  gtk_single_selection_set_selected (selection, position);
  wait_idle (f);
  g_assert_null (_awc_connect_dialog_get_banner_text (f->dialog));
}

/* Every value of every key, printed: no secret may be among them. */
void
assert_settings_hold_no_secret (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, keys[i]);
      g_autofree char *text = g_variant_print (value, FALSE);

      assert_no_secret (text);
    }
}

void
awc_connect_fixture_capture_log (void)
{
  log_text = awc_test_log_capture ();
}
