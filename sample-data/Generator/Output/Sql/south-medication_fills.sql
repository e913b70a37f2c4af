SELECT d.dispense_no AS fill_id,
       d.mrn AS patient_id,
       d.dispensed_on AS fill_date,
       d.drug_name AS drug,
       lower(d.ther_class) AS drug_class,
       d.days_supply AS days_supply,
       strftime('%Y-%m-%dT%H:%M:%S', d.modified_at) AS updated_at
FROM rx_dispense AS d
WHERE d.modified_at > replace(@watermark, 'T', ' ')
ORDER BY d.dispense_key
