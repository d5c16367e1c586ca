using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Publications.Authoring.Controllers;

/// <summary>
/// Keeps MVC from reading a form body into memory or temporary files before the action runs: the upload page reads
/// its multipart body itself, capped at the configured size (<see cref="Attachments.AttachmentUploadReader"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DisableFormValueBindingAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var factories = context.ValueProviderFactories;
        factories.RemoveType<FormValueProviderFactory>();
        factories.RemoveType<FormFileValueProviderFactory>();
        factories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
