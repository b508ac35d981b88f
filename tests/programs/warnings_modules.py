from warn_mod import helper
import warnings
helper.g()
helper.g()
warnings.warn("main dep", DeprecationWarning)
helper.d()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    helper.d()
    print(w[0].filename.endswith("helper.py"), w[0].lineno)
    warnings.filterwarnings("error", module="warn_mod")
    try:
        helper.g()
    except UserWarning as e:
        print("err", e)
helper.g()
