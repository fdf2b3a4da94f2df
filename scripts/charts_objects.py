"""Reading rendered Kubernetes objects, shared by the chart check scripts."""


def pod_template(o):
    """(metadata, spec) of the pod an object runs: a Pod itself, a CronJob's job template's
    pod, or any workload's `spec.template`; empty dicts where absent."""
    spec = o.get("spec") or {}
    if o["kind"] == "Pod":
        return o.get("metadata") or {}, spec
    if o["kind"] == "CronJob":
        spec = (spec.get("jobTemplate") or {}).get("spec") or {}
    t = spec.get("template") or {}
    return t.get("metadata") or {}, t.get("spec") or {}
