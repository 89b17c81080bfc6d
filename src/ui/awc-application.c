/* awc-application.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "awc-application.h"
#include "ui/compare/awc-compare-launch.h"
#include "awc-util.h"
#include "awc-window.h"
#include "io/awc-samples.h"

struct _AwcApplication
{
  GtkApplication parent_instance;

  /* Owned */
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (AwcApplication, awc_application, GTK_TYPE_APPLICATION)

/* GOptionEntry callbacks get no instance; there is one application per process. */
static char *demo_name;

static gboolean
demo_option_cb (const char  *option_name,
                const char  *value,
                gpointer     data,
                GError     **error)
{
  const char *name = value != NULL && *value != '\0' ? value : AWC_SAMPLE_DEFAULT;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  /* Samples are whatever the resources bundle; check before handing over. */
  if (!(bytes = awc_sample_dup_bytes (name, &local_error)))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, local_error->message);
      return FALSE;
    }
  awc_set_str (&demo_name, name);
  return TRUE;
}

static const GOptionEntry option_entries[] = {
  { "demo", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, (gpointer) demo_option_cb,
    N_("Open a bundled sample report (ramp-up or api-example)"), N_("NAME") },
  { "compare", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Compare two runs: --compare A B, each a report file or demo:NAME "
       "(demo:ramp-up, demo:api-example); with --demo=NAME only B is given"), NULL },
  /* Collected here (not by GApplication) so --compare can take its two;
   * see open_remaining_files (). */
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL, 0, 0, 0, NULL, NULL, NULL }
};

static AwcWindow *
awc_application_new_window (AwcApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* Reuse an untouched window (the welcome page) instead of stacking a new one. */
  if (AWC_IS_WINDOW (active) && awc_window_is_empty (AWC_WINDOW (active)))
    return AWC_WINDOW (active);
  return awc_window_new (self);
}

static void
open_sample_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  AwcApplication *self = user_data;
  AwcWindow *window = awc_application_new_window (self);

  awc_window_open_sample (window, g_variant_get_string (param, NULL));
  gtk_window_present (GTK_WINDOW (window));
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (awc_window_new (AWC_APPLICATION (user_data))));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing (not quitting outright) lets each window save its size. */
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_close (windows->data);
      windows = next;
    }
  g_application_quit (app);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  static const char *authors[] = { "The AW Chart authors", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (user_data)),
                         "program-name", _("AW Chart"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("View CodeArts PerfTest report curves"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

/* (ss): two sources as awc_compare_launch_sources() takes them. */
static void
compare_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  const char *a, *b;

  g_variant_get (param, "(&s&s)", &a, &b);
  awc_compare_launch_sources (GTK_APPLICATION (user_data), a, b);
}

static const GActionEntry app_actions[] = {
  { "compare", compare_action, "(ss)", NULL, NULL, { 0 } },
  { "open-sample", open_sample_action, "s", NULL, NULL, { 0 } },
  { "new-window", new_window_action, NULL, NULL, NULL, { 0 } },
  { "quit", quit_action, NULL, NULL, NULL, { 0 } },
  { "about", about_action, NULL, NULL, NULL, { 0 } },
};

static void
apply_color_scheme (AwcApplication *self)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");

  if (gtk_settings == NULL)
    return;
  /* "default" hands the property back to the desktop (XSettings, settings.ini),
   * so later desktop changes still reach the app. */
  if (g_str_equal (scheme, "light") || g_str_equal (scheme, "dark"))
    g_object_set (gtk_settings, "gtk-application-prefer-dark-theme",
                  g_str_equal (scheme, "dark"), NULL);
  else
    gtk_settings_reset_property (gtk_settings, "gtk-application-prefer-dark-theme");
}

static void
awc_application_startup (GApplication *app)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "win.open", { "<Control>o", NULL } },
    { "win.compare-with", { "<Control><Shift>o", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.copy-image", { "<Control>c", NULL } },
    { "win.reset-zoom", { "<Control>0", NULL } },
    { "win.toggle-buckets", { "F9", NULL } },
    { "win.toggle-series-list", { "F8", "<Control>b", NULL } },
    { "win.connect", { "<Control>l", NULL } },
    { "win.reload", { "F5", NULL } },
    { "win.save-report-as", { "<Control><Shift>s", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "app.quit", { "<Control>q", NULL } },
  };
  AwcApplication *self = AWC_APPLICATION (app);
  g_autoptr(GtkCssProvider) css = NULL;
  g_autoptr(GAction) scheme_action = NULL;

  G_APPLICATION_CLASS (awc_application_parent_class)->startup (app);

  /* Not in init: `awchart --help` must work without the schema installed. */
  self->settings = g_settings_new (APP_ID);

  g_set_application_name (_("AW Chart"));
  gtk_window_set_default_icon_name (APP_ID);

  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  scheme_action = g_settings_create_action (self->settings, "color-scheme");
  g_action_map_add_action (G_ACTION_MAP (app), scheme_action);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);

  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (apply_color_scheme), self, G_CONNECT_SWAPPED);
  apply_color_scheme (self);
}

/* Plain `awchart FILE…`: what GApplication does with HANDLES_OPEN, done
 * here because the file arguments are an option entry now. */
static int
open_remaining_files (GApplication *app,
                      GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree const char **args = NULL;

  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &args) || args[0] == NULL)
    return -1;
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (args[i]));
  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("awchart: %s\n", error->message);
      return 1;
    }
  g_application_open (app, (GFile **) files->pdata, (int) files->len, "");
  return 0;
}

/* `--compare A B`: files (made URIs, as the primary instance may run
 * elsewhere) or demo:NAME; --demo=NAME stands for A. */
static int
handle_compare_option (GApplication *app,
                       GVariantDict *options,
                       const char   *demo)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree const char **args = NULL;

  if (demo != NULL)
    g_ptr_array_add (sources, g_strconcat ("demo:", demo, NULL));
  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &args))
    for (guint i = 0; args[i] != NULL; i++)
      {
        if (g_str_has_prefix (args[i], "demo:"))
          g_ptr_array_add (sources, g_strdup (args[i]));
        else
          {
            g_autoptr(GFile) file = g_file_new_for_commandline_arg (args[i]);

            g_ptr_array_add (sources, g_file_get_uri (file));
          }
      }
  if (sources->len != 2)
    {
      g_printerr ("awchart: %s\n", _("--compare needs two reports: A B (files or demo:NAME)"));
      return 2;
    }
  for (guint i = 0; i < 2; i++)
    if (!awc_compare_launch_check_source (g_ptr_array_index (sources, i), &error))
      {
        /* The message quotes the argument: keep it one line. */
        g_autofree char *line = awc_escape_text (error->message);

        g_printerr ("awchart: %s\n", line);
        return 2;
      }

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("awchart: %s\n", error->message);
      return 1;
    }
  g_action_group_activate_action (G_ACTION_GROUP (app), "compare",
                                  g_variant_new ("(ss)", g_ptr_array_index (sources, 0),
                                                 g_ptr_array_index (sources, 1)));
  return 0;
}

static int
awc_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_steal_pointer (&demo_name);

  if (g_variant_dict_contains (options, "compare"))
    return handle_compare_option (app, options, name);
  if (name == NULL)
    return open_remaining_files (app, options);

  /* Hand the sample to the primary instance, which may be another process. */
  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("awchart: %s\n", error->message);
      return 1;
    }
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-sample",
                                  g_variant_new_string (name));
  return 0;
}

static void
awc_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (awc_window_new (AWC_APPLICATION (app)));
  gtk_window_present (window);
}

static void
awc_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      AwcWindow *window = awc_application_new_window (AWC_APPLICATION (app));

      awc_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
awc_application_dispose (GObject *object)
{
  AwcApplication *self = AWC_APPLICATION (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (awc_application_parent_class)->dispose (object);
}

static void
awc_application_class_init (AwcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = awc_application_dispose;
  app_class->startup = awc_application_startup;
  app_class->handle_local_options = awc_application_handle_local_options;
  app_class->activate = awc_application_activate;
  app_class->open = awc_application_open;
}

static void
awc_application_init (AwcApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  /* The headless commands live in src/cli: without this `awchart --help`
   * would only list the window's options. */
  g_application_set_option_context_description (G_APPLICATION (self),
    _("Headless commands (no window; `awchart --help-cli` lists all their options):\n"
      "  --export=OUT FILE…     Export the chart to OUT (.png, .svg, .pdf or .csv)\n"
      "  --summary FILE…        Print series statistics, buckets and percentiles (--json)\n"
      "  --fail-if=EXPR A B     With --export or --summary of two runs: exit 3 when EXPR holds\n"
      "  --fetch=OUT            Save a report's chart body from CodeArts PerfTest\n"
      "  --list-cases           List the cases and AWs of a CodeArts PerfTest run\n"
      "  --help-cli             Show the full command-line help"));
}

AwcApplication *
awc_application_new (void)
{
  return g_object_new (AWC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

GSettings *
awc_application_get_settings (AwcApplication *self)
{
  g_return_val_if_fail (AWC_IS_APPLICATION (self), NULL);

  return self->settings;
}
