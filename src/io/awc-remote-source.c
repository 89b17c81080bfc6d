/* awc-remote-source.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-atomic-file.h"
#include "awc-remote-source.h"
#include "awc-util.h"

struct _AwcRemoteSource
{
  GObject        parent_instance;

  /* Owned */
  AwcCptsClient *client;
  AwcCptsCase   *cpts_case;
  GBytes        *body;
  char          *task_name;
  char          *report_name;
  char          *task_run_id;
  char          *case_run_id;
  char          *detail_id;
};

G_DEFINE_FINAL_TYPE (AwcRemoteSource, awc_remote_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_TASK_NAME,
  PROP_REPORT_NAME,
  PROP_TASK_RUN_ID,
  PROP_CASE,
  PROP_CASE_RUN_ID,
  PROP_DETAIL_ID,
  PROP_BODY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
awc_remote_source_dispose (GObject *object)
{
  AwcRemoteSource *self = AWC_REMOTE_SOURCE (object);

  g_clear_object (&self->client);
  g_clear_object (&self->cpts_case);
  g_clear_pointer (&self->body, g_bytes_unref);

  G_OBJECT_CLASS (awc_remote_source_parent_class)->dispose (object);
}

static void
awc_remote_source_finalize (GObject *object)
{
  AwcRemoteSource *self = AWC_REMOTE_SOURCE (object);

  g_free (self->task_name);
  g_free (self->report_name);
  g_free (self->task_run_id);
  g_free (self->case_run_id);
  g_free (self->detail_id);

  G_OBJECT_CLASS (awc_remote_source_parent_class)->finalize (object);
}

static void
awc_remote_source_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AwcRemoteSource *self = AWC_REMOTE_SOURCE (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, awc_remote_source_get_client (self));
      break;
    case PROP_TASK_NAME:
      g_value_set_string (value, awc_remote_source_get_task_name (self));
      break;
    case PROP_REPORT_NAME:
      g_value_set_string (value, awc_remote_source_get_report_name (self));
      break;
    case PROP_TASK_RUN_ID:
      g_value_set_string (value, awc_remote_source_get_task_run_id (self));
      break;
    case PROP_CASE:
      g_value_set_object (value, awc_remote_source_get_case (self));
      break;
    case PROP_CASE_RUN_ID:
      g_value_set_string (value, awc_remote_source_get_case_run_id (self));
      break;
    case PROP_DETAIL_ID:
      g_value_set_string (value, awc_remote_source_get_detail_id (self));
      break;
    case PROP_BODY:
      g_value_set_boxed (value, awc_remote_source_get_body (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_remote_source_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AwcRemoteSource *self = AWC_REMOTE_SOURCE (object);

  switch (prop_id)
    {
    case PROP_TASK_NAME:
      awc_remote_source_set_task_name (self, g_value_get_string (value));
      break;
    case PROP_REPORT_NAME:
      awc_remote_source_set_report_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_remote_source_class_init (AwcRemoteSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = awc_remote_source_dispose;
  object_class->finalize = awc_remote_source_finalize;
  object_class->get_property = awc_remote_source_get_property;
  object_class->set_property = awc_remote_source_set_property;

  properties[PROP_CLIENT] = g_param_spec_object ("client", NULL, NULL, AWC_TYPE_CPTS_CLIENT, ro);
  properties[PROP_TASK_NAME] = g_param_spec_string ("task-name", NULL, NULL, NULL, rw);
  properties[PROP_REPORT_NAME] = g_param_spec_string ("report-name", NULL, NULL, NULL, rw);
  properties[PROP_TASK_RUN_ID] = g_param_spec_string ("task-run-id", NULL, NULL, NULL, ro);
  properties[PROP_CASE] = g_param_spec_object ("case", NULL, NULL, AWC_TYPE_CPTS_CASE, ro);
  properties[PROP_CASE_RUN_ID] = g_param_spec_string ("case-run-id", NULL, NULL, NULL, ro);
  properties[PROP_DETAIL_ID] = g_param_spec_string ("detail-id", NULL, NULL, NULL, ro);
  properties[PROP_BODY] = g_param_spec_boxed ("body", NULL, NULL, G_TYPE_BYTES, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
awc_remote_source_init (AwcRemoteSource *self)
{
}

/* The ids the case maps to under the client's current mapping. */
static void
awc_remote_source_update_case_ids (AwcRemoteSource *self)
{
  g_autofree char *case_run_id = NULL;
  g_autofree char *detail_id = NULL;
  AwcCptsIdMapping mapping = awc_cpts_client_get_id_mapping (self->client);

  if (self->cpts_case == NULL
      || !awc_cpts_case_dup_chart_ids (self->cpts_case, mapping, &case_run_id, &detail_id))
    return;
  if (awc_set_str (&self->case_run_id, case_run_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_RUN_ID]);
  if (awc_set_str (&self->detail_id, detail_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAIL_ID]);
}

AwcRemoteSource *
awc_remote_source_new_for_case (AwcCptsClient *client,
                                const char    *task_run_id,
                                AwcCptsCase   *cpts_case)
{
  AwcRemoteSource *self;

  g_return_val_if_fail (AWC_IS_CPTS_CLIENT (client), NULL);
  g_return_val_if_fail (task_run_id != NULL, NULL);
  g_return_val_if_fail (AWC_IS_CPTS_CASE (cpts_case), NULL);

  self = g_object_new (AWC_TYPE_REMOTE_SOURCE, NULL);
  self->client = g_object_ref (client);
  self->cpts_case = g_object_ref (cpts_case);
  self->task_run_id = g_strdup (task_run_id);
  awc_remote_source_update_case_ids (self);
  return self;
}

AwcRemoteSource *
awc_remote_source_new_for_ids (AwcCptsClient *client,
                               const char    *task_run_id,
                               const char    *case_run_id,
                               const char    *detail_id)
{
  AwcRemoteSource *self;

  g_return_val_if_fail (AWC_IS_CPTS_CLIENT (client), NULL);
  g_return_val_if_fail (task_run_id != NULL, NULL);
  g_return_val_if_fail (case_run_id != NULL, NULL);
  g_return_val_if_fail (detail_id != NULL, NULL);

  self = g_object_new (AWC_TYPE_REMOTE_SOURCE, NULL);
  self->client = g_object_ref (client);
  self->task_run_id = g_strdup (task_run_id);
  self->case_run_id = g_strdup (case_run_id);
  self->detail_id = g_strdup (detail_id);
  return self;
}

AwcCptsClient *
awc_remote_source_get_client (AwcRemoteSource *self)
{
  g_return_val_if_fail (AWC_IS_REMOTE_SOURCE (self), NULL);

  return self->client;
}

const char *
awc_remote_source_get_task_name (AwcRemoteSource *self)
{
  g_return_val_if_fail (AWC_IS_REMOTE_SOURCE (self), NULL);

  return self->task_name;
}

void
awc_remote_source_set_task_name (AwcRemoteSource *self,
                                 const char      *task_name)
{
  g_return_if_fail (AWC_IS_REMOTE_SOURCE (self));

  if (awc_set_str (&self->task_name, task_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TASK_NAME]);
}

const char *
awc_remote_source_get_report_name (AwcRemoteSource *self)
{
  g_return_val_if_fail (AWC_IS_REMOTE_SOURCE (self), NULL);

  return self->report_name;
}

void
awc_remote_source_set_report_name (AwcRemoteSource *self,
                                   const char      *report_name)
{
  g_return_if_fail (AWC_IS_REMOTE_SOURCE (self));

  if (awc_set_str (&self->report_name, report_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT_NAME]);
}

const char *
awc_remote_source_get_task_run_id (AwcRemoteSource *self)
{
  g_return_val_if_fail (AWC_IS_REMOTE_SOURCE (self), NULL);

  return self->task_run_id;
}

AwcCptsCase *
awc_remote_source_get_case (AwcRemoteSource *self)
{
  g_return_val_if_fail (AWC_IS_REMOTE_SOURCE (self), NULL);

  return self->cpts_case;
}

const char *
awc_remote_source_get_case_run_id (AwcRemoteSource *self)
{
  g_return_val_if_fail (AWC_IS_REMOTE_SOURCE (self), NULL);

  return self->case_run_id;
}

const char *
awc_remote_source_get_detail_id (AwcRemoteSource *self)
{
  g_return_val_if_fail (AWC_IS_REMOTE_SOURCE (self), NULL);

  return self->detail_id;
}

GBytes *
awc_remote_source_get_body (AwcRemoteSource *self)
{
  g_return_val_if_fail (AWC_IS_REMOTE_SOURCE (self), NULL);

  return self->body;
}

static gboolean
is_set (const char *s)
{
  return s != NULL && *s != '\0';
}

static char *
dup_report_label (AwcRemoteSource *self)
{
  if (is_set (self->report_name))
    return g_strdup (self->report_name);
  /* Translators: a report known only by its task run id */
  return g_strdup_printf (_("Report %s"), self->task_run_id);
}

static char *
dup_case_label (AwcRemoteSource *self)
{
  const char *name = self->cpts_case ? awc_cpts_case_get_name (self->cpts_case) : NULL;

  if (is_set (name))
    return g_strdup (name);
  /* Translators: a chart known only by its case run id */
  return g_strdup_printf (_("Case %s"), self->case_run_id ? self->case_run_id : "?");
}

char *
awc_remote_source_dup_title (AwcRemoteSource *self)
{
  g_autofree char *report = NULL;
  g_autofree char *cpts_case = NULL;

  g_return_val_if_fail (AWC_IS_REMOTE_SOURCE (self), NULL);

  report = dup_report_label (self);
  cpts_case = dup_case_label (self);
  if (is_set (self->task_name))
    /* Translators: window title of a fetched chart, "task report-start / case or AW" */
    return g_strdup_printf (_("%s %s / %s"), self->task_name, report, cpts_case);
  /* Translators: window title of a fetched chart, "report / case or AW" */
  return g_strdup_printf (_("%s / %s"), report, cpts_case);
}

char *
awc_remote_source_dup_subtitle (AwcRemoteSource *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (AWC_IS_REMOTE_SOURCE (self), NULL);

  if (is_set (self->task_name))
    g_ptr_array_add (parts, g_strdup (self->task_name));
  g_ptr_array_add (parts, dup_report_label (self));
  if (self->cpts_case != NULL && awc_cpts_case_get_is_aw (self->cpts_case))
    /* Translators: an AW (action word) of a case in the subtitle */
    g_ptr_array_add (parts, g_strdup_printf (_("AW %s"), awc_cpts_case_get_name (self->cpts_case)));
  else
    g_ptr_array_add (parts, dup_case_label (self));
  /* Translators: the chart's detail id in the subtitle */
  g_ptr_array_add (parts, g_strdup_printf (_("detail %s"), self->detail_id ? self->detail_id : "?"));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

char *
awc_remote_source_dup_file_name (AwcRemoteSource *self)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (AWC_IS_REMOTE_SOURCE (self), NULL);

  title = g_strdup_printf ("%s-%s", is_set (self->report_name) ? self->report_name : self->task_run_id,
                           self->cpts_case ? awc_cpts_case_get_name (self->cpts_case) : self->case_run_id);
  /* Path separators and shell-unfriendly characters out of the name. */
  g_strdelimit (title, "/\\:*?\"<>| ", '-');
  return g_strdup_printf ("%s.json", title);
}

/* Fetching --------------------------------------------------------------- */

static void
fetch_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AwcRemoteSource *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  AwcReport *report;

  report = awc_cpts_client_fetch_chart_finish (AWC_CPTS_CLIENT (object), result, &body, &error);
  if (report == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The client remembered the id mapping that worked: the ids follow it. */
  awc_remote_source_update_case_ids (self);
  /* Chart bodies carry no title (the loader names the report after the
   * URL's last segment, "chart"): name it for the chart header and the
   * export's file name. */
  {
    g_autofree char *title = awc_remote_source_dup_title (self);

    awc_report_set_title (report, title);
  }
  g_clear_pointer (&self->body, g_bytes_unref);
  self->body = g_steal_pointer (&body);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
  g_task_return_pointer (task, report, g_object_unref);
}

void
awc_remote_source_fetch_async (AwcRemoteSource     *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (AWC_IS_REMOTE_SOURCE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, awc_remote_source_fetch_async);

  if (self->cpts_case != NULL)
    awc_cpts_client_fetch_case_chart_async (self->client, self->task_run_id, self->cpts_case,
                                            cancellable, fetch_cb, task);
  else
    awc_cpts_client_fetch_chart_async (self->client, self->task_run_id, self->case_run_id,
                                       self->detail_id, cancellable, fetch_cb, task);
}

AwcReport *
awc_remote_source_fetch_finish (AwcRemoteSource  *self,
                                GAsyncResult     *result,
                                GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Saving ----------------------------------------------------------------- */

typedef struct
{
  char   *path;
  GBytes *body;  /* a reference: a reload may replace the source's body meanwhile */
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_free (data->path);
  g_bytes_unref (data->body);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (save->body, &size);

  /* Through a temporary file next to the target, renamed when complete,
   * so a failed write never leaves half a report; a new file is private
   * (a report may hold internal names), a replaced one keeps its mode. */
  if (!awc_atomic_file_set_contents (save->path, data, size, AWC_ATOMIC_FILE_PRIVATE,
                                     cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
awc_remote_source_save_async (AwcRemoteSource     *self,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  SaveData *save;

  g_return_if_fail (AWC_IS_REMOTE_SOURCE (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, awc_remote_source_save_async);

  if (self->body == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("Nothing was fetched yet"));
      return;
    }
  if ((path = g_file_get_path (file)) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Only local files can be written"));
      return;
    }
  save = g_new0 (SaveData, 1);
  save->path = g_steal_pointer (&path);
  save->body = g_bytes_ref (self->body);
  g_task_set_task_data (task, save, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
awc_remote_source_save_finish (AwcRemoteSource  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
