plansiteSearchLoaded("w/u0/ma",{
"mac":[0,-4,1,-5]
});
