/* awc-cpts-client-lists.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "awc-cpts-client-private.h"

/* The navigation lists: projects, tasks, reports, cases.  Bodies are
 * parsed in a GTask thread.
 *
 * Projects and tasks come in pages (offset and limit).  The docs do not
 * say whether offset counts pages from 1 or items from 0, so the first
 * list asks offset=1 and watches: a second page that starts with an item
 * of the first means item indexes, and the list starts again at 0; a
 * short first page is followed by one offset=0 request, which brings a
 * new item only when offset counts items.  What was learnt is kept in
 * the client.  Items are told apart by id, so none shows twice
 * (docs/cpts-api-notes.md). */

typedef GListModel *(*ParseFunc) (GBytes *body, GError **error);

typedef struct
{
  char          *path;      /* without the query */
  ParseFunc      parse;
  gboolean       paged;
  AwcCptsPaging  reading;   /* as this list uses it */
  guint          limit;
  guint          offset;
  guint          n_pages;
  gboolean       probing;   /* the offset=0 request after a short first page */
  GType          item_type; /* of the pages */
  GPtrArray     *items;
  GHashTable    *seen;      /* ids */
} ListData;

static void
list_data_free (gpointer data)
{
  ListData *ld = data;

  g_free (ld->path);
  g_clear_pointer (&ld->items, g_ptr_array_unref);
  g_clear_pointer (&ld->seen, g_hash_table_unref);
  g_free (ld);
}

typedef struct
{
  GBytes    *body;
  ParseFunc  parse;
} PageData;

static void
page_data_free (gpointer data)
{
  PageData *pd = data;

  g_clear_pointer (&pd->body, g_bytes_unref);
  g_free (pd);
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  PageData *pd = task_data;
  GError *error = NULL;
  GListModel *model = pd->parse (pd->body, &error);

  if (model == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, model, g_object_unref);
}

static void fetch_page (GTask *task);

static void
finish_list (GTask *task)
{
  ListData *ld = g_task_get_task_data (task);
  GListStore *store = g_list_store_new (ld->item_type);
  /* One items-changed for the whole list. */
  g_list_store_splice (store, 0, 0, ld->items->pdata, ld->items->len);
  g_task_return_pointer (task, store, g_object_unref);
}

/* Adds the items of @page not seen yet; returns how many were new and
 * whether the page's first item had been seen. */
static guint
merge_page (ListData   *ld,
            GListModel *page,
            gboolean   *first_seen)
{
  guint n = g_list_model_get_n_items (page);
  guint n_new = 0;

  *first_seen = FALSE;
  ld->item_type = g_list_model_get_item_type (page);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (page, i);
      g_autofree char *id = NULL;

      if (ld->paged)
        g_object_get (item, "id", &id, NULL);
      if (id != NULL && g_hash_table_contains (ld->seen, id))
        {
          if (i == 0)
            *first_seen = TRUE;
          continue;
        }
      if (id != NULL)
        g_hash_table_add (ld->seen, g_steal_pointer (&id));
      g_ptr_array_add (ld->items, g_steal_pointer (&item));
      n_new++;
    }
  return n_new;
}

static gboolean
page_has_new (ListData   *ld,
              GListModel *page)
{
  for (guint i = 0; i < g_list_model_get_n_items (page); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (page, i);
      g_autofree char *id = NULL;

      g_object_get (item, "id", &id, NULL);
      if (id == NULL || !g_hash_table_contains (ld->seen, id))
        return TRUE;
    }
  return FALSE;
}

/* What to do after a page of a paged list: TRUE when another page is
 * wanted (ld->offset says which). */
static gboolean
next_page (AwcCptsClient *client,
           ListData      *ld,
           guint          n,
           guint          n_new,
           gboolean       first_seen)
{
  if (ld->probing)
    {
      /* offset=0 brought something new: offset counts items. */
      if (n_new > 0)
        _awc_cpts_client_set_paging (client, AWC_CPTS_PAGING_INDEX);
      else if (ld->items->len > 0)
        _awc_cpts_client_set_paging (client, AWC_CPTS_PAGING_PAGE);
      return FALSE;
    }
  if (ld->reading == AWC_CPTS_PAGING_UNKNOWN && ld->offset == 2 && first_seen)
    {
      /* The second "page" repeats the first: offset counts items, and
       * item 0 has not come yet.  Start again from it, so the list keeps
       * the server's order. */
      ld->reading = AWC_CPTS_PAGING_INDEX;
      g_ptr_array_set_size (ld->items, 0);
      g_hash_table_remove_all (ld->seen);
      _awc_cpts_client_set_paging (client, AWC_CPTS_PAGING_INDEX);
      ld->offset = 0;
      return TRUE;
    }
  if (ld->reading == AWC_CPTS_PAGING_UNKNOWN && ld->offset == 2)
    {
      ld->reading = AWC_CPTS_PAGING_PAGE;
      _awc_cpts_client_set_paging (client, AWC_CPTS_PAGING_PAGE);
    }
  if (n < ld->limit)
    {
      if (ld->reading == AWC_CPTS_PAGING_UNKNOWN)
        {
          ld->probing = TRUE;
          ld->offset = 0;
          return TRUE;
        }
      return FALSE;
    }
  /* A full page of nothing new: the server ignores the paging. */
  if (n_new == 0 || ld->n_pages >= AWC_CPTS_MAX_PAGES)
    return FALSE;
  ld->offset = ld->reading == AWC_CPTS_PAGING_INDEX ? ld->offset + n : ld->offset + 1;
  return TRUE;
}

static void
page_parsed_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ListData *ld = g_task_get_task_data (task);
  AwcCptsClient *client = AWC_CPTS_CLIENT (object);
  g_autoptr(GListModel) page = NULL;
  GError *error = NULL;
  gboolean first_seen;
  guint n, n_new;

  if ((page = g_task_propagate_pointer (G_TASK (result), &error)) == NULL)
    {
      /* The offset=0 probe may be refused by a server that counts pages. */
      if (ld->probing && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_clear_error (&error);
          _awc_cpts_client_set_paging (client, AWC_CPTS_PAGING_PAGE);
          finish_list (task);
        }
      else
        g_task_return_error (task, error);
      return;
    }
  n = g_list_model_get_n_items (page);
  /* A probe that brings something new is the whole list from item 0
   * (the first page held all but that one): it replaces what came, so
   * the list keeps the server's order. */
  if (ld->probing && page_has_new (ld, page))
    {
      g_ptr_array_set_size (ld->items, 0);
      g_hash_table_remove_all (ld->seen);
    }
  n_new = merge_page (ld, page, &first_seen);
  ld->n_pages++;
  if (ld->paged && next_page (client, ld, n, n_new, first_seen))
    fetch_page (g_steal_pointer (&task));
  else
    finish_list (task);
}

static void
list_request_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ListData *ld = g_task_get_task_data (task);
  g_autoptr(GTask) parse = NULL;
  GCancellable *cancellable;
  gpointer source;
  PageData *pd;
  GError *error = NULL;
  GBytes *body;

  if ((body = _awc_cpts_request_finish (result, &error)) == NULL)
    {
      if (ld->probing && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_clear_error (&error);
          _awc_cpts_client_set_paging (g_task_get_source_object (task), AWC_CPTS_PAGING_PAGE);
          finish_list (task);
        }
      else
        g_task_return_error (task, error);
      return;
    }
  pd = g_new0 (PageData, 1);
  pd->body = body;
  pd->parse = ld->parse;
  source = g_task_get_source_object (task);
  cancellable = g_task_get_cancellable (task);
  parse = g_task_new (source, cancellable, page_parsed_cb, g_steal_pointer (&task));
  g_task_set_task_data (parse, pd, page_data_free);
  g_task_run_in_thread (parse, parse_thread);
}

static void
fetch_page (GTask *task)
{
  ListData *ld = g_task_get_task_data (task);
  AwcCptsClient *client = g_task_get_source_object (task);
  g_autofree char *path = NULL;

  if (ld->paged)
    path = g_strdup_printf ("%s?offset=%u&limit=%u", ld->path, ld->offset, ld->limit);
  else
    path = g_strdup (ld->path);
  _awc_cpts_request_async (client, path, g_task_get_cancellable (task), list_request_cb, task);
}

static gboolean
check_id (GTask      *task,
          const char *what,
          const char *value,
          gboolean    numeric)
{
  if (value == NULL || *value == '\0' || (numeric && !awc_cpts_id_is_numeric (value))
      || strchr (value, '/') != NULL || strchr (value, '?') != NULL || strchr (value, '#') != NULL)
    {
      if (numeric)
        g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                                 _("The %s must be a whole number, not “%s”"), what,
                                 value ? value : "");
      else
        g_task_return_new_error (task, AWC_CPTS_ERROR, AWC_CPTS_ERROR_INVALID_ARGUMENT,
                                 _("The %s “%s” is not a valid id"), what, value ? value : "");
      return FALSE;
    }
  return TRUE;
}

static void
start_list (AwcCptsClient       *self,
            gpointer             tag,
            const char          *path_prefix,
            const char          *path_suffix,
            const char          *id,
            const char          *id_name,
            const char          *path_tail,
            ParseFunc            parse,
            gboolean             paged,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *escaped = NULL;
  ListData *ld = g_new0 (ListData, 1);

  g_task_set_source_tag (task, tag);
  ld->parse = parse;
  ld->paged = paged;
  ld->reading = _awc_cpts_client_get_paging (self);
  ld->limit = _awc_cpts_client_get_page_size (self);
  ld->offset = ld->reading == AWC_CPTS_PAGING_INDEX ? 0 : 1;
  ld->item_type = G_TYPE_OBJECT;
  ld->items = g_ptr_array_new_with_free_func (g_object_unref);
  ld->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_task_set_task_data (task, ld, list_data_free);
  if (!check_id (task, _("project id"), awc_cpts_client_get_project_id (self), FALSE))
    return;
  if (id != NULL && !check_id (task, id_name, id, FALSE))
    return;
  escaped = id ? g_uri_escape_string (id, NULL, FALSE) : NULL;
  ld->path = g_strconcat (path_prefix, awc_cpts_client_get_project_id (self), path_suffix,
                          escaped, path_tail, NULL);
  fetch_page (g_steal_pointer (&task));
}

void
awc_cpts_client_list_projects_async (AwcCptsClient       *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));

  start_list (self, awc_cpts_client_list_projects_async, "v1/", "/test-suites", NULL, NULL, NULL,
              _awc_cpts_parse_projects, TRUE, cancellable, callback, user_data);
}

void
awc_cpts_client_list_tasks_async (AwcCptsClient       *self,
                                  const char          *test_suite_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));

  start_list (self, awc_cpts_client_list_tasks_async, "v1/", "/all-tasks/",
              test_suite_id ? test_suite_id : "", _("project (test suite) id"), NULL,
              _awc_cpts_parse_tasks, TRUE, cancellable, callback, user_data);
}

void
awc_cpts_client_list_runs_async (AwcCptsClient       *self,
                                 const char          *task_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));

  start_list (self, awc_cpts_client_list_runs_async, "v1/", "/tasks/history-run-list/",
              task_id ? task_id : "", _("task id"), NULL, _awc_cpts_parse_runs, FALSE,
              cancellable, callback, user_data);
}

void
awc_cpts_client_list_cases_async (AwcCptsClient       *self,
                                  const char          *task_run_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (AWC_IS_CPTS_CLIENT (self));

  if (!awc_cpts_id_is_numeric (task_run_id))
    {
      task = g_task_new (self, cancellable, callback, user_data);
      g_task_set_source_tag (task, awc_cpts_client_list_cases_async);
      check_id (task, _("task run id"), task_run_id, TRUE);
      return;
    }
  start_list (self, awc_cpts_client_list_cases_async, "v2/", "/task-run-infos/",
              task_run_id, _("task run id"), "/cases", _awc_cpts_parse_cases, FALSE,
              cancellable, callback, user_data);
}

GListModel *
awc_cpts_client_list_finish (AwcCptsClient  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
