import warnings

import requests
import urllib3
from urllib3.exceptions import InsecureRequestWarning

# ruleid: python-urllib3-disable-warnings
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
# ruleid: python-urllib3-disable-warnings
requests.packages.urllib3.disable_warnings()
# ruleid: python-urllib3-disable-warnings
warnings.filterwarnings("ignore", category=InsecureRequestWarning)
# ruleid: python-urllib3-disable-warnings
warnings.simplefilter("ignore", InsecureRequestWarning)

# ok: python-urllib3-disable-warnings
warnings.filterwarnings("ignore", category=DeprecationWarning)
# ok: python-urllib3-disable-warnings
logging.disable_warnings()
# ok: python-urllib3-disable-warnings
# urllib3.disable_warnings()
