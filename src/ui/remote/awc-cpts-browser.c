/* awc-cpts-browser.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-cpts-browser-private.h"
#include "awc-util.h"

G_DEFINE_FINAL_TYPE (AwcCptsBrowser, awc_cpts_browser, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_CLIENT, PROP_BUSY, PROP_STATUS, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { FAILED, CONNECTED, REPORT_FETCHED, PLACE_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];


/* One request in flight; it is current while self->cancellable is its
 * cancellable (Cancel or a newer request replace that). */
typedef struct
{
  AwcCptsBrowser  *self;
  GCancellable    *cancellable;
  AwcRemoteSource *source;   /* chart requests only */
  AwcCptsLevel            level;
} Request;

static void
request_free (Request *request)
{
  g_clear_object (&request->self);
  g_clear_object (&request->cancellable);
  g_clear_object (&request->source);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

static void
awc_cpts_browser_set_status (AwcCptsBrowser *self,
                             const char     *status)
{
  gboolean was_busy = self->status != NULL;

  if (awc_set_str (&self->status, status))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  if (was_busy != (status != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static Request *
begin_request (AwcCptsBrowser *self,
               AwcCptsLevel           level,
               const char     *status)
{
  Request *request = g_new0 (Request, 1);

  /* One request at a time: whatever ran is no longer wanted. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  request->self = g_object_ref (self);
  request->cancellable = g_object_ref (self->cancellable);
  request->level = level;
  awc_cpts_browser_set_status (self, status);
  return request;
}

/* TRUE when @request is still wanted; then it is finished and a failure
 * goes to the banner. */
static gboolean
end_request (Request *request,
             GError  *error)
{
  AwcCptsBrowser *self = request->self;

  if (request->cancellable != self->cancellable)
    return FALSE;
  g_clear_object (&self->cancellable);
  awc_cpts_browser_set_status (self, NULL);

  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_signal_emit (self, signals[FAILED], 0, error);
      return FALSE;
    }
  if (!self->connected)
    {
      self->connected = TRUE;
      g_signal_emit (self, signals[CONNECTED], 0);
    }
  return TRUE;
}

static GtkWidget *
level_empty_label (AwcCptsBrowser *self,
                   AwcCptsLevel    level)
{
  GtkWidget *labels[] = { self->project_empty, self->task_empty, self->run_empty, self->case_empty };
  return labels[level];
}

/* Shows @model (NULL: nothing) in the column of @level. */
static void
set_level_model (AwcCptsBrowser *self,
                 AwcCptsLevel    level,
                 GListModel     *model)
{
  g_clear_pointer (&self->current_ids[level], g_free);
  gtk_filter_list_model_set_model (self->filters[level], model);
  gtk_widget_set_visible (level_empty_label (self, level),
                          model != NULL && g_list_model_get_n_items (model) == 0);
  _awc_cpts_browser_show_retry (self, level, FALSE);
}

/* Empties the columns from @level on. */
void
_awc_cpts_browser_clear_from (AwcCptsBrowser *self,
            AwcCptsLevel           level)
{
  /* Deepest first, so no handler sees a stale column below its own. */
  for (int l = AWC_CPTS_LEVEL_CASES; l >= (int) level; l--)
    set_level_model (self, (AwcCptsLevel) l, NULL);
}

gpointer
_awc_cpts_browser_selected_item (GtkSingleSelection *selection)
{
  gpointer item = gtk_single_selection_get_selected_item (selection);

  if (GTK_IS_TREE_LIST_ROW (item))
    return gtk_tree_list_row_get_item (item);
  return item != NULL ? g_object_ref (item) : NULL;
}

/* Lists ------------------------------------------------------------------ */

static void
list_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = awc_cpts_client_list_finish (AWC_CPTS_CLIENT (object), result, &error);
  AwcCptsBrowser *self = request->self;
  gboolean current = request->cancellable == self->cancellable;

  if (end_request (request, error))
    {
      set_level_model (self, request->level, model);
      _awc_cpts_browser_continue_place (self, request->level);
    }
  else if (current && error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* The failed column offers Retry; the chain it was in stops. */
      self->open_latest = FALSE;
      _awc_cpts_browser_show_retry (self, request->level, TRUE);
    }
}

void
_awc_cpts_browser_list_projects (AwcCptsBrowser *self)
{
  Request *request = begin_request (self, AWC_CPTS_LEVEL_PROJECTS, _("Loading projects…"));

  awc_cpts_client_list_projects_async (self->client, request->cancellable, list_cb, request);
}

/* TRUE when the column's selection is the item it already had (a filter
 * moved it): nothing to load.  Otherwise remembers it and says so. */
static gboolean
same_selection (AwcCptsBrowser *self,
                AwcCptsLevel    level,
                gpointer        item)
{
  g_autofree char *id = item ? _awc_cpts_browser_dup_item_id (item) : NULL;

  if (id != NULL && g_strcmp0 (id, self->current_ids[level]) == 0)
    return TRUE;
  g_free (self->current_ids[level]);
  self->current_ids[level] = g_steal_pointer (&id);
  if (self->current_ids[level] != NULL && level < AWC_CPTS_LEVEL_CASES)
    g_signal_emit (self, signals[PLACE_CHANGED], 0, (int) level, self->current_ids[level]);
  return FALSE;
}

void
_awc_cpts_browser_load_tasks (AwcCptsBrowser *self,
            AwcCptsProject *project)
{
  g_autofree char *status = NULL;
  Request *request;

  /* Translators: %s is a PerfTest project name */
  status = g_strdup_printf (_("Loading the tasks of %s…"), awc_cpts_project_get_name (project));
  request = begin_request (self, AWC_CPTS_LEVEL_TASKS, status);
  awc_cpts_client_list_tasks_async (self->client, awc_cpts_project_get_id (project),
                                    request->cancellable, list_cb, request);
}

static void
project_selected_cb (AwcCptsBrowser *self)
{
  g_autoptr(AwcCptsProject) project = _awc_cpts_browser_selected_item (self->project_selection);

  if (same_selection (self, AWC_CPTS_LEVEL_PROJECTS, project))
    return;
  _awc_cpts_browser_clear_from (self, AWC_CPTS_LEVEL_TASKS);
  if (project == NULL || self->client == NULL)
    return;
  _awc_cpts_browser_load_tasks (self, project);
}

void
_awc_cpts_browser_load_runs (AwcCptsBrowser *self,
           AwcCptsTask    *task)
{
  g_autofree char *status = NULL;
  Request *request;

  awc_set_str (&self->task_name, awc_cpts_task_get_name (task));
  awc_set_str (&self->latest_run_id, awc_cpts_task_get_last_run_id (task));
  /* Translators: %s is a task name */
  status = g_strdup_printf (_("Loading the reports of %s…"), awc_cpts_task_get_name (task));
  request = begin_request (self, AWC_CPTS_LEVEL_RUNS, status);
  awc_cpts_client_list_runs_async (self->client, awc_cpts_task_get_id (task),
                                   request->cancellable, list_cb, request);
}

static void
task_selected_cb (AwcCptsBrowser *self)
{
  g_autoptr(AwcCptsTask) task = _awc_cpts_browser_selected_item (self->task_selection);

  gtk_widget_set_sensitive (self->latest_button, task != NULL);
  if (same_selection (self, AWC_CPTS_LEVEL_TASKS, task))
    return;
  self->open_latest = FALSE;
  _awc_cpts_browser_clear_from (self, AWC_CPTS_LEVEL_RUNS);
  if (task == NULL || self->client == NULL)
    return;
  _awc_cpts_browser_load_runs (self, task);
}

void
_awc_cpts_browser_list_cases (AwcCptsBrowser *self,
            const char     *task_run_id,
            const char     *report_name)
{
  g_autofree char *status = NULL;
  g_autofree char *run_id = g_strdup (task_run_id);
  g_autofree char *name = g_strdup (report_name);
  Request *request;

  _awc_cpts_browser_clear_from (self, AWC_CPTS_LEVEL_CASES);
  awc_set_str (&self->task_run_id, run_id);
  awc_set_str (&self->report_name, name);
  /* Translators: %s is a report name or id */
  status = g_strdup_printf (_("Loading the cases of %s…"), name ? name : run_id);
  request = begin_request (self, AWC_CPTS_LEVEL_CASES, status);
  awc_cpts_client_list_cases_async (self->client, run_id, request->cancellable, list_cb, request);
}

static void
run_selected_cb (AwcCptsBrowser *self)
{
  g_autoptr(AwcCptsRun) run = _awc_cpts_browser_selected_item (self->run_selection);
  g_autofree char *label = NULL;

  if (same_selection (self, AWC_CPTS_LEVEL_RUNS, run))
    return;
  _awc_cpts_browser_clear_from (self, AWC_CPTS_LEVEL_CASES);
  if (run == NULL || self->client == NULL)
    return;
  /* The entry names the report whose cases are shown, for "Open by IDs". */
  gtk_editable_set_text (GTK_EDITABLE (self->run_entry), awc_cpts_run_get_id (run));
  label = _awc_cpts_browser_dup_run_label (run);
  _awc_cpts_browser_list_cases (self, awc_cpts_run_get_id (run), label);
}

static void
case_selected_cb (AwcCptsBrowser *self)
{
  gboolean selected = gtk_single_selection_get_selected (self->case_selection) != GTK_INVALID_LIST_POSITION;

  gtk_widget_set_sensitive (self->open_button, selected);
}

static void
open_latest_cb (AwcCptsBrowser *self)
{
  _awc_cpts_browser_open_latest (self);
}

static void
show_cases_cb (AwcCptsBrowser *self)
{
  _awc_cpts_browser_show_cases (self);
}

/* Charts ----------------------------------------------------------------- */

static void
fetch_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(AwcReport) report = awc_remote_source_fetch_finish (AWC_REMOTE_SOURCE (object), result, &error);

  if (end_request (request, error))
    g_signal_emit (request->self, signals[REPORT_FETCHED], 0, report, request->source);
}

void
_awc_cpts_browser_fetch (AwcCptsBrowser  *self,
                         AwcRemoteSource *source,
                         const char      *label)
{
  g_autofree char *status = NULL;
  Request *request;

  /* Translators: %s is a case or AW name, or a case run id */
  status = g_strdup_printf (_("Fetching the chart of %s…"), label);
  request = begin_request (self, AWC_CPTS_LEVEL_CASES, status);
  request->source = g_object_ref (source);
  awc_remote_source_fetch_async (source, request->cancellable, fetch_cb, request);
}

void
_awc_cpts_browser_open_case (AwcCptsBrowser *self)
{
  g_autoptr(AwcCptsCase) cpts_case = NULL;
  g_autoptr(AwcRemoteSource) source = NULL;

  g_return_if_fail (AWC_IS_CPTS_BROWSER (self));

  cpts_case = _awc_cpts_browser_selected_item (self->case_selection);
  if (cpts_case == NULL || self->client == NULL || self->task_run_id == NULL)
    return;
  source = awc_remote_source_new_for_case (self->client, self->task_run_id, cpts_case);
  awc_remote_source_set_task_name (source, self->task_name);
  awc_remote_source_set_report_name (source, self->report_name);
  _awc_cpts_browser_fetch (self, source, awc_cpts_case_get_name (cpts_case));
}

static void
open_case_cb (AwcCptsBrowser *self)
{
  _awc_cpts_browser_open_case (self);
}

static void
case_activate_cb (AwcCptsBrowser *self,
                  guint           position)
{
  gtk_single_selection_set_selected (self->case_selection, position);
  _awc_cpts_browser_open_case (self);
}

static void
open_ids_cb (AwcCptsBrowser *self)
{
  _awc_cpts_browser_open_ids (self);
}

void
_awc_cpts_browser_emit_failed (AwcCptsBrowser *self,
                               const GError   *error)
{
  g_signal_emit (self, signals[FAILED], 0, error);
}

static void
retry_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  _awc_cpts_browser_retry (AWC_CPTS_BROWSER (widget));
}

/* GObject ---------------------------------------------------------------- */

static void
awc_cpts_browser_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AwcCptsBrowser *self = AWC_CPTS_BROWSER (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, awc_cpts_browser_get_client (self));
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, awc_cpts_browser_get_busy (self));
      break;
    case PROP_STATUS:
      g_value_set_string (value, awc_cpts_browser_get_status (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_cpts_browser_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AwcCptsBrowser *self = AWC_CPTS_BROWSER (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      awc_cpts_browser_set_client (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_cpts_browser_dispose (GObject *object)
{
  AwcCptsBrowser *self = AWC_CPTS_BROWSER (object);

  /* Requests stop when the dialog goes away. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (object), AWC_TYPE_CPTS_BROWSER);
  g_clear_object (&self->client);
  for (guint i = 0; i < AWC_CPTS_N_LEVELS; i++)
    g_clear_object (&self->filters[i]);

  G_OBJECT_CLASS (awc_cpts_browser_parent_class)->dispose (object);
}

static void
awc_cpts_browser_finalize (GObject *object)
{
  AwcCptsBrowser *self = AWC_CPTS_BROWSER (object);

  g_free (self->status);
  g_free (self->task_name);
  g_free (self->report_name);
  g_free (self->task_run_id);
  g_free (self->latest_run_id);
  for (guint i = 0; i < AWC_CPTS_N_LEVELS; i++)
    {
      g_free (self->current_ids[i]);
      g_free (self->pending_ids[i]);
    }

  G_OBJECT_CLASS (awc_cpts_browser_parent_class)->finalize (object);
}

static void
awc_cpts_browser_class_init (AwcCptsBrowserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = awc_cpts_browser_get_property;
  object_class->set_property = awc_cpts_browser_set_property;
  object_class->dispose = awc_cpts_browser_dispose;
  object_class->finalize = awc_cpts_browser_finalize;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, AWC_TYPE_CPTS_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
  signals[CONNECTED] =
    g_signal_new ("connected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[REPORT_FETCHED] =
    g_signal_new ("report-fetched", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, AWC_TYPE_REPORT, AWC_TYPE_REMOTE_SOURCE);
  /* (level, id): a project, task or report was chosen */
  signals[PLACE_CHANGED] =
    g_signal_new ("place-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/awc-cpts-browser.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, content);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, run_entry);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, project_view);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, task_view);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, run_view);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, case_view);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, project_selection);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, task_selection);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, run_selection);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, case_selection);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, project_empty);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, task_empty);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, run_empty);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, case_empty);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, ids_expander);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, case_run_entry);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, detail_entry);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, open_button);
  gtk_widget_class_bind_template_child (widget_class, AwcCptsBrowser, latest_button);
  gtk_widget_class_bind_template_callback (widget_class, project_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, task_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, run_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, case_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, case_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_cases_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_case_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_ids_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_latest_cb);
  gtk_widget_class_install_action (widget_class, "browser.retry", NULL, retry_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "browser.retry", NULL);
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_item_cb", G_CALLBACK (_awc_cpts_browser_setup_item));
  gtk_widget_class_bind_template_callback_full (widget_class, "bind_item_cb", G_CALLBACK (_awc_cpts_browser_bind_item));
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_case_cb", G_CALLBACK (_awc_cpts_browser_setup_case));
  gtk_widget_class_bind_template_callback_full (widget_class, "bind_case_cb", G_CALLBACK (_awc_cpts_browser_bind_case));
}

static void
awc_cpts_browser_init (AwcCptsBrowser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _awc_cpts_browser_setup_columns (self);
}

AwcCptsBrowser *
awc_cpts_browser_new (void)
{
  return g_object_new (AWC_TYPE_CPTS_BROWSER, NULL);
}

AwcCptsClient *
awc_cpts_browser_get_client (AwcCptsBrowser *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_BROWSER (self), NULL);

  return self->client;
}

void
awc_cpts_browser_set_client (AwcCptsBrowser *self,
                             AwcCptsClient  *client)
{
  g_return_if_fail (AWC_IS_CPTS_BROWSER (self));
  g_return_if_fail (!client || AWC_IS_CPTS_CLIENT (client));

  awc_cpts_browser_cancel (self);
  _awc_cpts_browser_clear_from (self, AWC_CPTS_LEVEL_PROJECTS);
  self->connected = FALSE;
  if (g_set_object (&self->client, client))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT]);
  if (client != NULL)
    _awc_cpts_browser_list_projects (self);
}

gboolean
awc_cpts_browser_get_connected (AwcCptsBrowser *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_BROWSER (self), FALSE);

  return self->connected;
}

gboolean
awc_cpts_browser_get_busy (AwcCptsBrowser *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_BROWSER (self), FALSE);

  return self->status != NULL;
}

const char *
awc_cpts_browser_get_status (AwcCptsBrowser *self)
{
  g_return_val_if_fail (AWC_IS_CPTS_BROWSER (self), NULL);

  return self->status;
}

void
awc_cpts_browser_cancel (AwcCptsBrowser *self)
{
  g_return_if_fail (AWC_IS_CPTS_BROWSER (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->open_latest = FALSE;
  awc_cpts_browser_set_status (self, NULL);
}
